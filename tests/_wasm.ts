/** The wasm test setup shared by the test files: each embedded build in turn. */
import { setWasmBuild, type WasmBuild } from "../src/wasm/module.ts";

/** Both embedded builds: relaxed SIMD (where this runtime validates it) and plain SIMD. */
export const BUILDS: WasmBuild[] = ["relaxed", "simd"];

/** Runs `f` with each build forced in turn. */
export async function eachBuild(
  f: (build: WasmBuild) => Promise<void>,
): Promise<void> {
  for (const build of BUILDS) {
    setWasmBuild(build);
    try {
      await f(build);
    } finally {
      setWasmBuild();
    }
  }
}
