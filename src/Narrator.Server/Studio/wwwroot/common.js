// What every studio page shares: the API key of this tab, requests that carry it and the page's CSRF
// token, error messages from the server's JSON, and server-sent events read through fetch (EventSource
// cannot send the Authorization header).
"use strict";

const Studio = (() => {
  const keyName = "narrator-api-key";
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  function key() { return sessionStorage.getItem(keyName) || ""; }

  function headers(extra, post) {
    const h = new Headers(extra || {});
    if (key()) h.set("Authorization", "Bearer " + key());
    if (post) h.set("X-CSRF-Token", csrf);
    return h;
  }

  async function message(response) {
    try {
      const body = await response.json();
      if (body.error && body.error.message) return body.error.message;
    } catch (e) { /* not JSON: the status says enough */ }
    return "The server answered " + response.status + " " + response.statusText + ".";
  }

  // A request to the server; resolves to the parsed JSON (or the Response when raw), rejects with the server's message.
  async function api(path, options = {}) {
    const post = (options.method || "GET") !== "GET";
    const response = await fetch(path, { method: options.method || "GET", body: options.body, headers: headers(options.headers, post), credentials: "same-origin" });
    if (!response.ok) {
      const error = new Error(await message(response));
      error.status = response.status;
      try { error.body = options.keepBody ? await response.clone().json() : undefined; } catch (e) { error.body = undefined; }
      throw error;
    }
    return options.raw ? response : response.json();
  }

  // Calls onEvent(type, data) for each server-sent event until the stream ends.
  async function events(path, onEvent) {
    const response = await api(path, { raw: true });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type = "message", data = "";
        for (const line of block.split("\n")) {
          if (line.startsWith("event: ")) type = line.slice(7);
          else if (line.startsWith("data: ")) data += line.slice(6);
        }
        onEvent(type, data ? JSON.parse(data) : null);
      }
    }
  }

  function show(id, text, kind) {
    const element = document.getElementById(id);
    element.textContent = text;
    element.className = kind || "note";
  }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("key-form");
    if (!form) return;
    document.getElementById("key-state").textContent = key() ? "A key is set for this tab." : "No key set (none is needed on a loopback server without keys).";
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sessionStorage.setItem(keyName, document.getElementById("key").value.trim());
      document.getElementById("key").value = "";
      document.getElementById("key-state").textContent = key() ? "A key is set for this tab." : "Key cleared.";
    });
  });

  return { api, events, show, element };
})();
