// Brobygger's service worker: keeps a copy of the app (and of hosted data) so that, once opened, it opens
// and presents with no network. Network first, so a new build is picked up as soon as there is a network.
// The build's files are cached on install: the list below is written by tools/precache.mjs after each
// build (this line as committed only covers the page itself).
const BUILD = { version: "dev", files: ["./", "./index.html"] };
const CACHE = `brobygger-${BUILD.version}`;

self.addEventListener("install", (event) => {
  self.skipWaiting();
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(BUILD.files)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: request.mode === "navigate" })
          // Only a page load falls back to the app itself; a missing file stays missing.
          .then((cached) => cached || (request.mode === "navigate" ? caches.match("./index.html") : Response.error())),
      ),
  );
});
