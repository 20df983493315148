/** Stops what global setup started (nothing when NEO4J_URI was given). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.newsgraphTestNeo4j?.stop();
}
