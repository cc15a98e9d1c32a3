{{- define "postgresql.fullname" -}}
{{- printf "%s-postgresql" .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "postgresql.selectorLabels" -}}
app.kubernetes.io/name: postgresql
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "postgresql.labels" -}}
{{ include "postgresql.selectorLabels" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: civicloop
{{- end }}

{{/* A password kept across upgrades: the value, else the existing Secret's, else a new one. */}}
{{- define "postgresql.password" -}}
{{- $value := index .root.Values.auth .key }}
{{- if $value }}
{{- $value }}
{{- else }}
{{- $existing := lookup "v1" "Secret" .root.Release.Namespace (include "postgresql.fullname" .root) }}
{{- if and $existing $existing.data (index $existing.data .secretKey) }}
{{- index $existing.data .secretKey | b64dec }}
{{- else }}
{{- randAlphaNum 32 }}
{{- end }}
{{- end }}
{{- end }}
