// The publisher's page: upload a manuscript with a voice, follow the render's events, download its files.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);

  async function loadVoices() {
    try {
      const { voices } = await Studio.api("/v1/voices?use=audiobook");
      $("voice").replaceChildren(...voices.map((v) => {
        const option = Studio.element("option", v.name === v.id ? v.id + " (" + v.kind + ")" : v.name + " – " + v.id + " (" + v.kind + ")");
        option.value = v.id;
        return option;
      }));
      Studio.show("voices-state", voices.length + " voices you may use for audiobooks.");
    } catch (e) {
      Studio.show("voices-state", e.message, "error");
    }
  }

  async function download(id, file, link) {
    const response = await Studio.api("/v1/books/" + id + "/files/" + file.split("/").map(encodeURIComponent).join("/"), { raw: true });
    link.href = URL.createObjectURL(await response.blob());
    link.download = file.split("/").pop();
  }

  async function showFiles(id) {
    const job = await Studio.api("/v1/books/" + id);
    const items = job.files.filter((f) => /\.(m4b|mp3|flac)$/.test(f)).map((file) => {
      const item = Studio.element("li");
      const link = Studio.element("a", file);
      link.href = "#";
      link.dataset.file = file;
      link.addEventListener("click", async (event) => {
        if (link.download) return;
        event.preventDefault();
        await download(id, file, link);
        link.click();
      });
      item.append(link);
      return item;
    });
    $("downloads").replaceChildren(...items);
    $("download-card").classList.remove("hidden");
  }

  $("book-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const form = new FormData();
    form.append("file", $("manuscript").files[0]);
    form.append("voice", $("voice").value);
    $("render").disabled = true;
    Studio.show("render-state", "Uploading…");
    let job;
    try {
      job = await Studio.api("api/books", { method: "POST", body: form });
    } catch (e) {
      Studio.show("render-state", e.message, "error");
      $("render").disabled = false;
      return;
    }
    Studio.show("render-state", "Submitted as job " + job.id + ".");
    $("progress-card").classList.remove("hidden");
    $("job-title").textContent = job.upload + ", read by " + (job.voice || "the default voice");
    $("job-log").replaceChildren();
    try {
      await Studio.events("/v1/books/" + job.id + "/events", (type, data) => {
        if (type === "started") {
          $("job-progress").max = data.chapters;
          $("job-progress").value = data.chapters - data.to_render;
        } else if (type === "chapter" && data.state === "done") {
          $("job-progress").value = data.chapters_done;
          $("job-log").append(Studio.element("li", "Chapter " + data.index + " (" + data.title + ") done"));
        } else if (type === "chapter") {
          Studio.show("job-state", "Reading chapter " + data.index + ": " + data.title + "…");
        } else if (type === "audiobook") {
          Studio.show("job-state", "Assembling the audiobook…");
        } else if (type === "warning") {
          $("job-log").append(Studio.element("li", data.message, "error"));
        } else if (type === "status" && data.status === "done") {
          $("job-progress").value = $("job-progress").max;
          Studio.show("job-state", "Done.", "pass");
        } else if (type === "status" && data.status === "failed") {
          Studio.show("job-state", data.error, "error");
        }
      });
      await showFiles(job.id);
    } catch (e) {
      Studio.show("job-state", e.message, "error");
    } finally {
      $("render").disabled = false;
    }
  });

  loadVoices();
})();
