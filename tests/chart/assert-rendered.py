#!/usr/bin/env python3
"""The chart's own rules, checked on a `helm template` rendering (kubeconform checks the API types).

    python assert-rendered.py <rendered.yaml> <profile>

profile: default (in-chart PostgreSQL + NATS), all-subcharts (Keycloak too), external (subcharts off,
external services), multi-district (values-multi-district.yaml). Prints one line per rule broken
and exits 1 if any was; run by tests/chart/check-chart.sh with the chart venv's Python (PyYAML).
"""
import sys

import yaml

SERVICES = ["gateway", "intake", "dispatch", "feedback", "reporting"]
MIGRATING = ["intake", "dispatch", "feedback", "reporting"]


def component(obj):
    return obj["metadata"].get("labels", {}).get("app.kubernetes.io/component")


def of_kind(docs, kind):
    return [d for d in docs if d["kind"] == kind]


def env_of(container):
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


def check_pod_security(problems, where, pod_spec, chart_pod=True):
    if pod_spec.get("automountServiceAccountToken") is not False:
        problems.append(f"{where}: automountServiceAccountToken is not false")
    pod_sc = pod_spec.get("securityContext", {})
    if pod_sc.get("runAsNonRoot") is not True:
        problems.append(f"{where}: pod securityContext.runAsNonRoot is not true")
    if pod_sc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problems.append(f"{where}: seccompProfile is not RuntimeDefault")
    for c in pod_spec.get("initContainers", []) + pod_spec["containers"]:
        sc = c.get("securityContext", {})
        if sc.get("allowPrivilegeEscalation") is not False:
            problems.append(f"{where}/{c['name']}: allowPrivilegeEscalation is not false")
        if sc.get("capabilities", {}).get("drop") != ["ALL"]:
            problems.append(f"{where}/{c['name']}: capabilities.drop is not [ALL]")
        if chart_pod and sc.get("readOnlyRootFilesystem") is not True:
            problems.append(f"{where}/{c['name']}: readOnlyRootFilesystem is not true")
        res = c.get("resources", {})
        if not res.get("requests") or not res.get("limits"):
            problems.append(f"{where}/{c['name']}: resources need requests and limits")


def check(docs, profile):
    problems = []
    deployments = {component(d): d for d in of_kind(docs, "Deployment") if d["metadata"]["labels"].get("app.kubernetes.io/name") == "civicloop"}
    if sorted(deployments) != sorted(SERVICES):
        problems.append(f"civicloop Deployments are {sorted(deployments)}, expected {SERVICES} (the portal is served by the gateway)")
    if any("portal" in d["metadata"]["name"] for d in of_kind(docs, "Deployment")):
        problems.append("a portal Deployment was rendered; the gateway serves the portal")

    services = {component(s) for s in of_kind(docs, "Service") if s["metadata"]["labels"].get("app.kubernetes.io/name") == "civicloop"}
    policies = {component(p): p for p in of_kind(docs, "NetworkPolicy")}
    pdbs = {component(p) for p in of_kind(docs, "PodDisruptionBudget")}
    hpas = {component(h) for h in of_kind(docs, "HorizontalPodAutoscaler")}
    for name, deployment in deployments.items():
        where = f"Deployment {deployment['metadata']['name']}"
        spec = deployment["spec"]["template"]["spec"]
        check_pod_security(problems, where, spec)
        container = spec["containers"][0]
        probes = {k: container.get(k, {}).get("httpGet", {}).get("path") for k in ("startupProbe", "livenessProbe", "readinessProbe")}
        if probes != {"startupProbe": "/health/live", "livenessProbe": "/health/live", "readinessProbe": "/health/ready"}:
            problems.append(f"{where}: probes are {probes}")
        env = env_of(container)
        if env.get("SERVICE") != name:
            problems.append(f"{where}: SERVICE is {env.get('SERVICE')!r}")
        if name == "gateway" and "CIVICLOOP_DATABASE_URL" in env:
            problems.append(f"{where}: the gateway gets a database URL; it needs none")
        if name != "gateway" and "CIVICLOOP_DATABASE_URL" not in env:
            problems.append(f"{where}: no CIVICLOOP_DATABASE_URL")
        if "CIVICLOOP_MIGRATION_DATABASE_URL" in env:
            problems.append(f"{where}: a service gets the owner role's URL; only the migration Job may")
        if name not in services:
            problems.append(f"{where}: no Service")
        if name not in pdbs:
            problems.append(f"{where}: no PodDisruptionBudget")
        if profile == "multi-district" and name not in hpas:
            problems.append(f"{where}: no HorizontalPodAutoscaler")
        if name not in policies:
            problems.append(f"{where}: no NetworkPolicy")
            continue
        policy = policies[name]["spec"]
        egress_ports = {p["port"] for rule in policy["egress"] for p in rule.get("ports", [])}
        if not {53, 4222} <= egress_ports:
            problems.append(f"{where}: egress lacks DNS or NATS ({sorted(egress_ports, key=str)})")
        if (5432 in egress_ports) == (name == "gateway"):
            problems.append(f"{where}: PostgreSQL egress {'granted to the gateway' if name == 'gateway' else 'missing'}")
        if any(not rule.get("to") for rule in policy["egress"]):
            problems.append(f"{where}: an egress rule without 'to' opens its ports to everywhere")
        ingress_rules = policy.get("ingress", [])
        expected_ingress = 2 if name == "gateway" else 1
        if len(ingress_rules) != expected_ingress:
            problems.append(f"{where}: {len(ingress_rules)} ingress rules, expected {expected_ingress} (gateway: ingress controller + metrics; services: metrics only)")
        if any(not rule.get("from") for rule in ingress_rules):
            problems.append(f"{where}: an ingress rule without 'from' admits everyone")

    for account in of_kind(docs, "ServiceAccount"):
        if account.get("automountServiceAccountToken") is not False:
            problems.append(f"ServiceAccount {account['metadata']['name']}: token automount is on")

    jobs = of_kind(docs, "Job")
    if len(jobs) != 1:
        problems.append(f"{len(jobs)} migration Jobs rendered, expected 1")
    else:
        job = jobs[0]
        spec = job["spec"]["template"]["spec"]
        check_pod_security(problems, "Job migrations", spec)
        containers = spec.get("initContainers", []) + spec["containers"]
        order = [env_of(c).get("SERVICE") for c in containers]
        if order != MIGRATING:
            problems.append(f"migration Job runs {order}, expected {MIGRATING} in sequence")
        if any(env_of(c).get("CIVICLOOP_MIGRATE_ONLY") != "1" for c in containers):
            problems.append("a migration container lacks CIVICLOOP_MIGRATE_ONLY=1")
        if any("CIVICLOOP_MIGRATION_DATABASE_URL" not in env_of(c) for c in containers):
            problems.append("a migration container lacks CIVICLOOP_MIGRATION_DATABASE_URL (the owner role)")
        hook = job["metadata"].get("annotations", {}).get("helm.sh/hook")
        expected_hook = "pre-install,pre-upgrade" if profile == "multi-district" else "post-install,pre-upgrade"
        if hook != expected_hook:
            problems.append(f"migration Job hook is {hook!r}, expected {expected_hook!r}")

    config = [c for c in of_kind(docs, "ConfigMap") if c["metadata"]["name"].endswith("civicloop-config") or c["metadata"]["name"] == "civicloop-config"]
    if len(config) != 1:
        problems.append("no civicloop ConfigMap")
    else:
        data = config[0]["data"]
        expected_replicas = "3" if profile == "multi-district" else "1"
        if data.get("CIVICLOOP_STREAM_REPLICAS") != expected_replicas:
            problems.append(f"CIVICLOOP_STREAM_REPLICAS is {data.get('CIVICLOOP_STREAM_REPLICAS')!r}, expected {expected_replicas}")
        for key in ("CIVICLOOP_NATS_URL", "CIVICLOOP_NATS_MONITOR_URL"):
            if not data.get(key):
                problems.append(f"ConfigMap lacks {key}")

    statefulsets = {s["metadata"]["labels"]["app.kubernetes.io/name"]: s for s in of_kind(docs, "StatefulSet")}
    in_chart = {"default": {"nats", "postgresql"}, "all-subcharts": {"nats", "postgresql"}}.get(profile, set())
    if set(statefulsets) != in_chart:
        problems.append(f"StatefulSets {sorted(statefulsets)}, expected {sorted(in_chart)}")
    keycloak = [d for d in of_kind(docs, "Deployment") if d["metadata"]["labels"].get("app.kubernetes.io/name") == "keycloak"]
    if bool(keycloak) != (profile == "all-subcharts"):
        problems.append(f"in-chart Keycloak rendered: {bool(keycloak)}")
    for name, sts in statefulsets.items():
        check_pod_security(problems, f"StatefulSet {name}", sts["spec"]["template"]["spec"])
    if "nats" in statefulsets:
        nats_conf = next(c for c in of_kind(docs, "ConfigMap") if c["metadata"]["name"].endswith("-nats-config"))["data"]["nats-server.conf"]
        if "sync_interval: always" not in nats_conf:
            problems.append("in-chart NATS config lacks 'sync_interval: always'")
    if "postgresql" in statefulsets:
        args = statefulsets["postgresql"]["spec"]["template"]["spec"]["containers"][0]["args"]
        for setting in ("fsync=on", "synchronous_commit=on"):
            if setting not in args:
                problems.append(f"in-chart PostgreSQL does not run with {setting}")

    if profile == "multi-district":
        if any("database-url" in s.get("stringData", {}) or "database-url" in s.get("data", {}) for s in of_kind(docs, "Secret")):
            problems.append("multi-district writes a database URL into a chart Secret; it must use existingSecret")
        if not of_kind(docs, "Ingress"):
            problems.append("multi-district renders no Ingress for the gateway")
    for ingress in of_kind(docs, "Ingress"):
        backends = {p["backend"]["service"]["name"] for r in ingress["spec"]["rules"] for p in r["http"]["paths"]}
        if not all(b.endswith("-gateway") for b in backends):
            problems.append(f"Ingress routes to {sorted(backends)}; only the gateway may be reachable from outside")
    return problems


def main():
    path, profile = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8") as handle:
        docs = [d for d in yaml.safe_load_all(handle) if d]
    problems = check(docs, profile)
    for problem in problems:
        print(f"  rule broken: {problem}")
    print(f"  {len(docs)} objects, {len(problems)} rule(s) broken ({profile})")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
