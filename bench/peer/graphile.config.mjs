// PostGraphile 5 with its recommended preset, serving the whole public schema read-only for the benchmark.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";

export default {
  extends: [PostGraphileAmberPreset],
  grafserv: { port: Number(process.env.PEER_PORT ?? 5678) },
};
