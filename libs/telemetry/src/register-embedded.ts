/**
 * The first import of the embedded main (`npm start`): tracing only if OTEL_* configures it (off
 * by default), and Nest's own readable console logs.
 */
import './tracing/start-from-environment';
