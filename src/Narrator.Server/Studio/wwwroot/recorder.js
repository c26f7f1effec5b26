// Records the microphone with Web Audio and encodes the take as a 16-bit PCM mono WAV in the browser.
// The microphone is opened for each take and closed after it, so the browser's indicator is on only while recording.
"use strict";

class TakeRecorder {
  async start() {
    // The audio context runs before the microphone opens, so that the take loses none of its first words.
    this.context = new AudioContext();
    await this.context.resume();
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } });
    } catch (e) {
      await this.context.close();
      throw e;
    }
    this.source = this.context.createMediaStreamSource(this.stream);
    // ScriptProcessorNode needs no separate worklet module; a take is short, so its main-thread cost is small.
    this.node = this.context.createScriptProcessor(4096, 1, 1);
    this.chunks = [];
    this.peak = 0;
    this.node.onaudioprocess = (event) => {
      const block = new Float32Array(event.inputBuffer.getChannelData(0));
      for (const s of block) this.peak = Math.max(this.peak, Math.abs(s));
      this.chunks.push(block);
    };
    this.source.connect(this.node);
    this.node.connect(this.context.destination);
  }

  // Stops recording; resolves to the take as a WAV Blob.
  async stop() {
    this.node.disconnect();
    this.source.disconnect();
    this.stream.getTracks().forEach((t) => t.stop());
    const rate = this.context.sampleRate;
    await this.context.close();
    return TakeRecorder.wav(this.chunks, rate);
  }

  static wav(chunks, rate) {
    const count = chunks.reduce((n, c) => n + c.length, 0);
    const buffer = new ArrayBuffer(44 + count * 2);
    const view = new DataView(buffer);
    const text = (offset, s) => { for (let i = 0; i < s.length; i++) view.setUint8(offset + i, s.charCodeAt(i)); };
    text(0, "RIFF"); view.setUint32(4, 36 + count * 2, true); text(8, "WAVE");
    text(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
    view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
    text(36, "data"); view.setUint32(40, count * 2, true);
    let offset = 44;
    for (const chunk of chunks) {
      for (const s of chunk) {
        const clamped = Math.max(-1, Math.min(1, s));
        view.setInt16(offset, clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff, true);
        offset += 2;
      }
    }
    return new Blob([buffer], { type: "audio/wav" });
  }
}
