// Synthesizes a text file with sherpa-onnx's offline TTS (a Piper/VITS model) and writes a WAV.
//   node bench/sherpa-tts.js MODEL.onnx TOKENS.txt ESPEAK_DATA_DIR THREADS TEXT_FILE OUT.wav
// Prints one JSON line: load and generation seconds, seconds of audio, sample rate.
'use strict';
const fs = require('fs');

const [model, tokens, dataDir, threads, textFile, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node sherpa-tts.js MODEL.onnx TOKENS.txt ESPEAK_DATA_DIR THREADS TEXT_FILE OUT.wav');
  process.exit(2);
}
let sherpa;
try {
  sherpa = require('sherpa-onnx-node');
} catch (e) {
  console.error(`sherpa-tts.js: cannot load sherpa-onnx-node (NODE_PATH=${process.env.NODE_PATH || ''}): ${e.message}`);
  process.exit(4);
}

const started = process.hrtime.bigint();
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const tts = new sherpa.OfflineTts({
  model: {
    vits: { model, tokens, dataDir },
    numThreads: Number(threads),
    provider: 'cpu',
    debug: false,
  },
  maxNumSentences: 1,
  silenceScale: 1.0, // keep pauses as the model makes them, as Piper and Narrator do
});
const loadSeconds = seconds(started);

const generating = process.hrtime.bigint();
const audio = tts.generate({ text: fs.readFileSync(textFile, 'utf8'), sid: 0, speed: 1.0 });
const generateSeconds = seconds(generating);
sherpa.writeWave(out, { samples: audio.samples, sampleRate: audio.sampleRate });
console.log(JSON.stringify({
  loadSeconds, generateSeconds,
  audioSeconds: audio.samples.length / audio.sampleRate,
  sampleRate: audio.sampleRate,
}));
