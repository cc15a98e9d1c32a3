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
  // A template matches only paths of its own number of segments: each request tests those alone.
  const bySegments = new Map<number, RouteTemplate[]>();
  // A path without parameters is matched by its own template alone (paths in a document are unique).
  const literal = new Map<string, Set<string>>();
  for (const [path, operations] of Object.entries(document.paths)) {
    const template: RouteTemplate = {
      pattern: new RegExp(`^${path.split(/\{[^}]+\}/).map(escapeRegExp).join('[^/]+')}/?$`),
      parameters: (path.match(/\{[^}]+\}/g) ?? []).length,
      methods: new Set(HTTP_METHODS.filter((method) => method in operations).map((method) => method.toUpperCase())),
    };
    const segments = segmentsOf(path);
    bySegments.set(segments, [...(bySegments.get(segments) ?? []), template]);
    if (template.parameters === 0) literal.set(path, allowedBy([template]));
  }
  return (request: Request, response: Response, next: () => void): void => {
    const { path } = request;
    let allowed = literal.get(path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);
    if (!allowed) {
      const candidates = (bySegments.get(segmentsOf(path)) ?? []).filter((template) => template.pattern.test(path));
      if (candidates.length === 0) return next();
      const fewest = Math.min(...candidates.map((template) => template.parameters));
      allowed = allowedBy(candidates.filter((template) => template.parameters === fewest));
    }
    if (allowed.has(request.method)) return next();
    const allow = [...allowed].sort().join(', ');
    response.setHeader('Allow', allow);
    response.status(405).json({ status: 405, code: 'method-not-allowed', message: `${request.method} is not allowed on ${request.path}; allowed: ${allow}` });
  };
}

/** The methods of the templates a path matches best; HEAD goes with GET. */
function allowedBy(templates: RouteTemplate[]): Set<string> {
  const allowed = new Set(templates.flatMap((template) => [...template.methods]));
  if (allowed.has('GET')) allowed.add('HEAD');
  return allowed;
}

/** The number of slashes, one trailing slash aside (the templates accept one). */
function segmentsOf(path: string): number {
  let slashes = 0;
  for (let i = 0; i < path.length; i += 1) if (path.charCodeAt(i) === 47) slashes += 1;
  return path.length > 1 && path.endsWith('/') ? slashes - 1 : slashes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
