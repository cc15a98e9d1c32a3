import type { OpenAPIObject } from '@nestjs/swagger';

interface RouteTemplate {
  pattern: RegExp;
  /** How many segments are parameters: /receptions/plans is meant before /receptions/{id}. */
  parameters: number;
  methods: Set<string>;
}

type Request = { method: string; path: string };
type Response = { status(code: number): Response; setHeader(name: string, value: string): void; json(body: unknown): void };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * A known path called with a method it does not take answers 405 with an Allow header (RFC 9110),
 * not 404: the path exists. The routes come from the OpenAPI document, so the two cannot disagree.
 */
export function methodNotAllowed(document: OpenAPIObject) {
  const templates: RouteTemplate[] = Object.entries(document.paths).map(([path, operations]) => ({
    pattern: new RegExp(`^${path.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}/?$`),
    parameters: (path.match(/\{[^}]+\}/g) ?? []).length,
    methods: new Set(HTTP_METHODS.filter((method) => method in operations).map((method) => method.toUpperCase())),
  }));
  return (request: Request, response: Response, next: () => void): void => {
    const candidates = templates.filter((template) => template.pattern.test(request.path));
    const fewest = Math.min(...candidates.map((template) => template.parameters));
    const matching = candidates.filter((template) => template.parameters === fewest);
    const allowed = new Set(matching.flatMap((template) => [...template.methods]));
    if (allowed.has('GET')) allowed.add('HEAD');
    if (matching.length === 0 || allowed.has(request.method)) return next();
    const allow = [...allowed].sort().join(', ');
    response.setHeader('Allow', allow);
    response.status(405).json({ status: 405, code: 'method-not-allowed', message: `${request.method} is not allowed on ${request.path}; allowed: ${allow}` });
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
