{{/* Names: <release>-civicloop unless the release name holds "civicloop" already. */}}
{{- define "civicloop.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "civicloop.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* The processes, in the order the migration Job runs them. */}}
{{- define "civicloop.serviceNames" -}}
gateway intake dispatch feedback reporting
{{- end }}
{{- define "civicloop.migratingServices" -}}
intake dispatch feedback reporting
{{- end }}

{{/* Name of one component's objects: <fullname>-<component>, within 63 characters. */}}
{{- define "civicloop.componentName" -}}
{{- printf "%s-%s" (include "civicloop.fullname" .root | trunc (int (sub 62 (len .component)))) .component | trimSuffix "-" }}
{{- end }}

{{- define "civicloop.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "civicloop.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: civicloop
{{- end }}

{{/* Labels of one component; the selector labels are the last three lines' subset below. */}}
{{- define "civicloop.componentLabels" -}}
{{ include "civicloop.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "civicloop.selectorLabels" -}}
app.kubernetes.io/name: {{ include "civicloop.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "civicloop.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "civicloop.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* <registry>/<prefix><service>:<tag>; a service's own repository/tag win. */}}
{{- define "civicloop.image" -}}
{{- $svc := index .root.Values.services .component }}
{{- $repository := $svc.image.repository | default (printf "%s%s" .root.Values.image.repositoryPrefix .component) }}
{{- $tag := $svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- if .root.Values.image.registry }}
{{- printf "%s/%s:%s" .root.Values.image.registry $repository $tag }}
{{- else }}
{{- printf "%s:%s" $repository $tag }}
{{- end }}
{{- end }}

{{/* In-chart dependencies: their Service names (the subcharts name them <release>-<chart>). */}}
{{- define "civicloop.postgresqlHost" -}}
{{- printf "%s-postgresql" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "civicloop.natsHost" -}}
{{- printf "%s-nats" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "civicloop.keycloakHost" -}}
{{- printf "%s-keycloak" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "civicloop.natsUrl" -}}
{{- if .Values.nats.enabled }}
{{- printf "nats://%s:4222" (include "civicloop.natsHost" .) }}
{{- else }}
{{- required "broker.url is required when nats.enabled is false" .Values.broker.url }}
{{- end }}
{{- end }}

{{- define "civicloop.natsMonitorUrl" -}}
{{- if .Values.nats.enabled }}
{{- printf "http://%s:8222" (include "civicloop.natsHost" .) }}
{{- else }}
{{- required "broker.monitorUrl is required when nats.enabled is false (the services check /varz for sync_interval: always)" .Values.broker.monitorUrl }}
{{- end }}
{{- end }}

{{- define "civicloop.keycloakUrl" -}}
{{- if .Values.identity.keycloakUrl }}
{{- .Values.identity.keycloakUrl }}
{{- else if .Values.keycloak.enabled }}
{{- printf "http://%s:8080" (include "civicloop.keycloakHost" .) }}
{{- end }}
{{- end }}

{{/* The Secret that holds the database URLs when the chart does not build them from the subchart. */}}
{{- define "civicloop.databaseSecretName" -}}
{{- if .Values.database.existingSecret }}
{{- .Values.database.existingSecret }}
{{- else }}
{{- printf "%s-database" (include "civicloop.fullname" .) }}
{{- end }}
{{- end }}

{{- define "civicloop.chartWritesDatabaseSecret" -}}
{{- if and (not .Values.postgresql.enabled) (not .Values.database.existingSecret) }}
{{- if not .Values.database.url }}
{{- fail "set database.existingSecret (or database.url for a trial) when postgresql.enabled is false" }}
{{- end }}
{{- if and .Values.migrations.enabled (not .Values.database.migrationUrl) }}
{{- fail "set database.migrationUrl (the owner role that runs the migrations) next to database.url" }}
{{- end }}
{{- "true" }}
{{- end }}
{{- end }}

{{/*
The database environment of a process. Services connect as the app role (CIVICLOOP_DATABASE_URL:
no superuser, no BYPASSRLS, owns nothing, so row-level security binds it); only the migration Job
gets the owner role (CIVICLOOP_MIGRATION_DATABASE_URL). With the in-chart PostgreSQL the
passwords come from its Secret and Kubernetes expands $(...) in the URL.
*/}}
{{- define "civicloop.databaseEnv" -}}
{{- $root := .root }}
{{- $variable := ternary "CIVICLOOP_MIGRATION_DATABASE_URL" "CIVICLOOP_DATABASE_URL" .migration }}
- name: CIVICLOOP_APP_ROLE
  value: {{ include "civicloop.appRole" $root | quote }}
{{- if $root.Values.postgresql.enabled }}
{{- $auth := $root.Values.postgresql.auth }}
{{- $user := ternary $auth.username $auth.appUsername .migration }}
- name: CIVICLOOP_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "civicloop.postgresqlHost" $root }}
      key: {{ ternary "password" "app-password" .migration }}
{{- $params := "" }}
{{- if $root.Values.database.tls.enabled }}
{{- $params = "?sslmode=verify-full&sslrootcert=/etc/civicloop/tls/postgresql/ca.crt" }}
{{- end }}
- name: {{ $variable }}
  value: {{ printf "postgres://%s:$(CIVICLOOP_DB_PASSWORD)@%s:5432/%s%s" $user (include "civicloop.postgresqlHost" $root) $auth.database $params | quote }}
{{- else }}
{{- $key := ternary "migration-database-url" "database-url" .migration }}
{{- if $root.Values.database.existingSecret }}
{{- $key = ternary $root.Values.database.migrationUrlKey $root.Values.database.urlKey .migration }}
{{- end }}
- name: {{ $variable }}
  valueFrom:
    secretKeyRef:
      name: {{ include "civicloop.databaseSecretName" $root }}
      key: {{ $key }}
{{- end }}
{{- end }}

{{/* The role the migrations grant data rights to and the services connect as. */}}
{{- define "civicloop.appRole" -}}
{{- if .Values.postgresql.enabled }}
{{- .Values.postgresql.auth.appUsername }}
{{- else }}
{{- .Values.database.appRole }}
{{- end }}
{{- end }}

{{/* Settings shared by every process, rendered as ConfigMap data and as the Job's env. */}}
{{- define "civicloop.sharedConfig" -}}
NODE_ENV: {{ .Values.config.nodeEnv | quote }}
NODE_OPTIONS: {{ .Values.config.nodeOptions | quote }}
CIVICLOOP_HTTP_PORT: "8080"
# /metrics on a port of its own: the Ingress routes only the HTTP port, so the public never sees it.
CIVICLOOP_METRICS_PORT: "9464"
# Listen on the pod's address, not loopback (probes and Services reach the pod IP).
CIVICLOOP_HTTP_HOST: "0.0.0.0"
CIVICLOOP_NATS_URL: {{ include "civicloop.natsUrl" . | quote }}
CIVICLOOP_NATS_MONITOR_URL: {{ include "civicloop.natsMonitorUrl" . | quote }}
CIVICLOOP_STREAM_REPLICAS: {{ .Values.config.streamReplicas | toString | quote }}
CIVICLOOP_ACK_WAIT_MS: {{ .Values.config.ackWaitMs | toString | quote }}
{{- if .Values.config.unsafeSkipDurabilityCheck }}
CIVICLOOP_UNSAFE_SKIP_DURABILITY_CHECK: "1"
{{- end }}
{{- if .Values.broker.tls.enabled }}
CIVICLOOP_NATS_TLS_CA_FILE: /etc/civicloop/tls/nats/ca.crt
{{- end }}
{{- if .Values.telemetry.otlpEndpoint }}
OTEL_EXPORTER_OTLP_ENDPOINT: {{ .Values.telemetry.otlpEndpoint | quote }}
{{- end }}
{{- end }}

{{/* Env of one component that differs per process. */}}
{{- define "civicloop.componentEnv" -}}
- name: SERVICE
  value: {{ .component }}
- name: OTEL_SERVICE_NAME
  value: {{ .component }}
{{- if .root.Values.broker.credentialsSecret }}
- name: CIVICLOOP_NATS_CREDS_FILE
  value: {{ printf "/etc/civicloop/nats/%s.creds" .component }}
{{- end }}
{{- if and (eq .component "gateway") (include "civicloop.keycloakUrl" .root) }}
- name: CIVICLOOP_KEYCLOAK_URL
  value: {{ include "civicloop.keycloakUrl" .root | quote }}
- name: CIVICLOOP_KEYCLOAK_REALM
  value: {{ .root.Values.identity.realm | quote }}
- name: CIVICLOOP_KEYCLOAK_CLIENT_ID
  value: {{ .root.Values.identity.clientId | quote }}
{{- with .root.Values.identity.publicUrl }}
- name: CIVICLOOP_KEYCLOAK_PUBLIC_URL
  value: {{ . | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Volumes: /tmp (the only writable place) and the optional TLS CAs and NATS credentials. */}}
{{- define "civicloop.volumes" -}}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- if .root.Values.database.tls.enabled }}
- name: postgresql-ca
  secret:
    secretName: {{ required "database.tls.caSecret is required when database.tls.enabled" .root.Values.database.tls.caSecret }}
    items: [{key: {{ .root.Values.database.tls.caKey }}, path: ca.crt}]
{{- end }}
{{- if .root.Values.broker.tls.enabled }}
- name: nats-ca
  secret:
    secretName: {{ required "broker.tls.caSecret is required when broker.tls.enabled" .root.Values.broker.tls.caSecret }}
    items: [{key: {{ .root.Values.broker.tls.caKey }}, path: ca.crt}]
{{- end }}
{{- if .root.Values.broker.credentialsSecret }}
- name: nats-credentials
  secret:
    secretName: {{ .root.Values.broker.credentialsSecret }}
    items:
      {{- range .components }}
      - {key: {{ printf "%s.creds" . }}, path: {{ printf "%s.creds" . }}}
      {{- end }}
{{- end }}
{{- end }}

{{- define "civicloop.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
{{- if .Values.database.tls.enabled }}
- name: postgresql-ca
  mountPath: /etc/civicloop/tls/postgresql
  readOnly: true
{{- end }}
{{- if .Values.broker.tls.enabled }}
- name: nats-ca
  mountPath: /etc/civicloop/tls/nats
  readOnly: true
{{- end }}
{{- if .Values.broker.credentialsSecret }}
- name: nats-credentials
  mountPath: /etc/civicloop/nats
  readOnly: true
{{- end }}
{{- end }}

{{/*
When the migration Job runs: before the release's pods when the database and its Secret exist
already (external, existingSecret); after the install when this chart creates either (the
services are not ready until their schema is there; they restart meanwhile).
*/}}
{{- define "civicloop.migrationHook" -}}
{{- if or .Values.postgresql.enabled (not .Values.database.existingSecret) -}}
post-install,pre-upgrade
{{- else -}}
pre-install,pre-upgrade
{{- end }}
{{- end }}
