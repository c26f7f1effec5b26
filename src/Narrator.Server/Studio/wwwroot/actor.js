// The voice actor's page: a session (kept in the address after #), the consent recording, the script
// prompt by prompt with each take's QA, enrollment, adaptation and previews.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  let session = null;
  let current = 0;
  let recorder = null;
  let enrolling = false;

  const percent = (x) => (x * 100).toFixed(x < 0.01 && x > 0 ? 2 : 0) + " %";
  const db = (x) => (x === null || x === undefined ? "–" : x.toFixed(1) + " dB");

  // The checks of a recording as a list; a take's verdict is its QA's, the consent's is whether the statement was heard.
  function qaList(report, consent) {
    const list = Studio.element("dl", undefined, "qa");
    const add = (term, value, className) => { list.append(Studio.element("dt", term), Studio.element("dd", value, className)); };
    if (consent) {
      add("Statement", consent.passed ? "heard (" + percent(consent.share) + " of its words)" : "not heard: only " + percent(consent.share) + " of its words (at least " + percent(consent.needed) + "); read it again, clearly", consent.passed ? "pass" : "fail");
    } else {
      add("Check", report.passed ? "good take" : "record again: " + report.rejection, report.passed ? "pass" : "fail");
    }
    add("Length", report.seconds.toFixed(1) + " s (" + report.speechSeconds.toFixed(1) + " s speech)");
    if (report.levelDb !== null && report.levelDb !== undefined) add("Level", report.levelDb.toFixed(1) + " dBFS");
    add("Clipping", percent(report.clippedShare));
    add("Noise (SNR)", db(report.snrDb));
    if (report.wordsPerMinute) add("Pace", Math.round(report.wordsPerMinute) + " words/min");
    add("Words heard", (consent ? consent.heard : report.heard) || "–");
    if (report.wordErrorRate !== null && report.wordErrorRate !== undefined) add("Word errors", percent(report.wordErrorRate));
    return list;
  }

  function render() {
    $("start-card").classList.toggle("hidden", !!session);
    ["consent-card", "script-card", "enroll-card"].forEach((id) => $(id).classList.toggle("hidden", !session));
    $("voice-card").classList.toggle("hidden", !(session && session.voice));
    if (!session) return;
    $("statement").textContent = session.statement;
    const prompt = session.prompts[current];
    const good = Object.values(session.takes).filter((t) => t.passed).length;
    $("script-progress").textContent = "Prompt " + (current + 1) + " of " + session.prompts.length + " (" + prompt.id + "). "
      + Object.keys(session.takes).length + " recorded, " + good + " good.";
    $("prompt").textContent = prompt.text;
    $("prompt").dataset.id = prompt.id;
    $("prev").disabled = current === 0;
    $("next").disabled = current === session.prompts.length - 1;
    const qa = $("take-qa");
    qa.replaceChildren();
    if (session.takes[prompt.id]) qa.append(qaList(session.takes[prompt.id]));
    const rows = session.prompts.filter((p) => session.takes[p.id]).map((p) => {
      const row = Studio.element("tr");
      const t = session.takes[p.id];
      row.append(Studio.element("td", p.id), Studio.element("td", t.passed ? "good" : "record again", t.passed ? "pass" : "fail"), Studio.element("td", t.passed ? "" : t.rejection));
      row.addEventListener("click", () => { current = session.prompts.indexOf(p); render(); });
      return row;
    });
    $("takes").tBodies[0].replaceChildren(...rows);
    if (session.voice) Studio.show("enroll-state", "Enrolled as voice '" + session.voice + "'.", "pass");
    $("enroll").disabled = !!session.voice || enrolling;
  }

  // Coming back to a session (a reload, or its address later): go on at the prompt the server names, and say how far the script is done.
  function resume() {
    const progress = session.progress;
    current = Math.max(0, session.prompts.findIndex((p) => p.id === progress.resume));
    if (progress.recorded === 0) return;
    const done = progress.recorded + " of " + progress.prompts + " prompts recorded, " + progress.good + " good. ";
    const next = { "not-recorded": "Going on at the first prompt not recorded yet.", "record-again": "Going on at the first take to record again.", "all-good": "Every take is good: you can enroll." };
    Studio.show("take-state", "Welcome back: " + done + next[progress.reason]);
  }

  async function load(id) {
    session = await Studio.api("api/sessions/" + encodeURIComponent(id));
    resume();
    render();
    if (session.enrollment) showEnrollment(session.enrollment);
    if (session.adaptation) showAdaptation(session.adaptation);
    if (session.adaptation && session.adaptation.status === "running") followAdaptation();
    if (enrolling) await followEnrollment();
  }

  async function record(startButton, stopButton, state, upload) {
    startButton.disabled = true;
    try {
      recorder = new TakeRecorder();
      await recorder.start();
    } catch (e) {
      startButton.disabled = false;
      Studio.show(state, "The microphone cannot be opened: " + e.message, "error");
      return;
    }
    Studio.show(state, "Recording… press Stop when you have read it.", "recording");
    stopButton.disabled = false;
    stopButton.onclick = async () => {
      stopButton.disabled = true;
      const wav = await recorder.stop();
      Studio.show(state, "Checking the recording…");
      try {
        await upload(wav);
        Studio.show(state, "Checked.");
      } catch (e) {
        Studio.show(state, e.message, "error");
      } finally {
        startButton.disabled = false;
      }
    };
  }

  $("start-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      session = await Studio.api("api/sessions", { method: "POST", body: JSON.stringify({ name: $("name").value }), headers: { "Content-Type": "application/json" } });
      location.hash = session.id;
      current = 0;
      render();
    } catch (e) {
      Studio.show("start-state", e.message, "error");
    }
  });

  $("consent-record").addEventListener("click", () => record($("consent-record"), $("consent-stop"), "consent-state", async (wav) => {
    const result = await Studio.api("api/sessions/" + session.id + "/consent", { method: "POST", body: wav, headers: { "Content-Type": "audio/wav" } });
    $("consent-result").replaceChildren(qaList(result.report, result));
  }));

  $("take-record").addEventListener("click", () => {
    const prompt = session.prompts[current];
    record($("take-record"), $("take-stop"), "take-state", async (wav) => {
      $("take-audio").src = URL.createObjectURL(wav);
      $("take-audio").classList.remove("hidden");
      const result = await Studio.api("api/sessions/" + session.id + "/takes/" + prompt.id, { method: "POST", body: wav, headers: { "Content-Type": "audio/wav" } });
      session.takes[prompt.id] = result.report;
      render();
    });
  });

  $("prev").addEventListener("click", () => { current = Math.max(0, current - 1); $("take-audio").classList.add("hidden"); render(); });
  $("next").addEventListener("click", () => { current = Math.min(session.prompts.length - 1, current + 1); $("take-audio").classList.add("hidden"); render(); });

  // The enrollment as the page shows it: its stage while it runs, the voice once done (with the checks of its
  // consent), the reason when it failed; and each take it left out with why (a click goes to its prompt to record it again).
  function showEnrollment(state) {
    enrolling = state.status === "running";
    const box = $("enroll-result");
    box.replaceChildren();
    if (enrolling) {
      Studio.show("enroll-state", state.stage || "Enrolling…");
    } else if (state.status === "done") {
      session.voice = state.voice;
      const list = Studio.element("dl", undefined, "qa");
      const add = (term, value) => { list.append(Studio.element("dt", term), Studio.element("dd", value)); };
      add("Takes kept", state.reports.filter((r) => !r.rejection).length + " of " + state.reports.length);
      if (state.speakerSimilarity !== null) add("Consent speaker", "the takes' speaker (similarity " + state.speakerSimilarity.toFixed(2) + ")");
      if (state.statement) add("Statement check", state.statement);
      box.append(list);
      state.warnings.forEach((w) => box.append(Studio.element("p", w, "note")));
    } else {
      Studio.show("enroll-state", state.error, "error");
    }
    const rejected = Studio.element("ul", undefined, "rejections");
    state.reports.filter((r) => r.rejection).forEach((r) => {
      const id = r.file.replace(/\.[a-z0-9]+$/, "");
      const item = Studio.element("li", id + ": " + r.rejection);
      item.dataset.prompt = id;
      const index = session.prompts.findIndex((p) => p.id === id);
      if (index >= 0) item.addEventListener("click", () => { current = index; render(); });
      rejected.append(item);
    });
    box.append(rejected);
    render();
  }

  // Follows the enrollment's events until it ends (they replay from its start, so a reloaded page catches up).
  function followEnrollment() {
    return Studio.events("api/sessions/" + session.id + "/enrollment/events", (type, data) => { if (type === "status") showEnrollment(data); })
      .catch((e) => Studio.show("enroll-state", e.message, "error"));
  }

  $("enroll").addEventListener("click", async () => {
    $("enroll-result").replaceChildren();
    try {
      showEnrollment(await Studio.api("api/sessions/" + session.id + "/enroll", { method: "POST", keepBody: true }));
    } catch (e) {
      if (!(e.body && e.body.error && e.body.error.code === "enrollment_running")) {
        Studio.show("enroll-state", e.message, "error");
        return;
      }
    }
    await followEnrollment();
  });

  // The adaptation as the page shows it: its step and time left while it runs, how it ended otherwise.
  function showAdaptation(state) {
    const running = state.status === "running";
    $("adapt").disabled = running;
    $("adapt-progress").classList.toggle("hidden", !running);
    if (running && state.stage === "likeness") {
      Studio.show("adapt-state", "Measuring how much it sounds like you…");
    } else if (running && state.steps > 0 && state.step !== null && state.step !== undefined && state.remainingSeconds !== null && state.remainingSeconds !== undefined) {
      $("adapt-progress").max = state.steps;
      $("adapt-progress").value = state.step;
      Studio.show("adapt-state", "Step " + state.step + " of " + state.steps + ", about " + Math.ceil(state.remainingSeconds / 60) + " min left.");
    } else if (running) {
      Studio.show("adapt-state", "Starting the training…");
    } else if (state.status === "done") {
      Studio.show("adapt-state", "Adapted in " + state.steps + " steps.", "pass");
    } else {
      Studio.show("adapt-state", state.error, "error");
    }
  }

  // Follows the adaptation's events until it ends.
  function followAdaptation() {
    return Studio.events("api/sessions/" + session.id + "/adaptation/events", (type, data) => {
      if (type === "progress") showAdaptation(Object.assign({ status: "running" }, data));
      else if (type === "status" && data.status !== "running") showAdaptation(data);
    }).catch((e) => Studio.show("adapt-state", e.message, "error"));
  }

  $("adapt").addEventListener("click", async () => {
    try {
      await Studio.api("api/sessions/" + session.id + "/adapt", { method: "POST", keepBody: true });
    } catch (e) {
      if (!(e.body && e.body.error && e.body.error.code === "adaptation_running")) { Studio.show("adapt-state", e.message, "error"); return; }
    }
    showAdaptation({ status: "running" });
    await followAdaptation();
  });

  $("preview").addEventListener("click", async () => {
    Studio.show("preview-state", "Speaking…");
    try {
      const response = await Studio.api("/v1/audio/speech", {
        method: "POST", raw: true, headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ input: $("preview-text").value, voice: session.voice, response_format: "wav", use: "preview" }),
      });
      $("preview-audio").src = URL.createObjectURL(await response.blob());
      $("preview-audio").classList.remove("hidden");
      $("preview-audio").play().catch(() => { /* autoplay may be blocked: the controls are there */ });
      Studio.show("preview-state", "");
    } catch (e) {
      Studio.show("preview-state", e.message, "error");
    }
  });

  if (location.hash.length > 1) {
    load(location.hash.slice(1)).catch((e) => Studio.show("start-state", e.message, "error"));
  }
})();
