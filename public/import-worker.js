// Brobygger's import worker: loads the app's own wasm (its URLs come with the first message) and reads
// dropped files off the main thread, so that a large file never freezes the page. See src/state/worker.rs.
let bindings = null;

self.onmessage = async (event) => {
  const { js, wasm, files, options } = event.data;
  try {
    if (bindings === null) {
      bindings = await import(js);
      await bindings.default({ module_or_path: wasm });
    }
    await bindings.read_in_worker(files, options);
  } catch (error) {
    self.postMessage({ type: "error", message: String(error) });
  }
};
