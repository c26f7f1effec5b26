// Reads the C2PA manifest embedded in an audio file with c2pa-ts and validates it against the file:
// signature, assertion hashes, hard binding. Prints one JSON object. Usage: node check.mjs FILE
// The manifest is located here: c2pa-ts reads neither WAV (RIFF chunk "C2PA") nor MP4 audio (top-level uuid
// box), and its MP3 reader knows only the MIME type of C2PA 2.1 (application/x-c2pa-manifest-store), not
// 2.2's application/c2pa that Narrator writes into the ID3 GEOB frame of MP3 and FLAC files.
import { readFile } from 'node:fs/promises';
import { SuperBox } from '@trustnxt/c2pa-ts/jumbf';
import { ManifestStore } from '@trustnxt/c2pa-ts/manifest';

const data = new Uint8Array(await readFile(process.argv[2]));
const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
const text = (start, length) => String.fromCharCode(...data.subarray(start, start + length));

function riffManifest() {
  for (let offset = 12; offset + 8 <= data.length; ) {
    const size = view.getUint32(offset + 4, true);
    if (text(offset, 4) === 'C2PA') return data.subarray(offset + 8, offset + 8 + size);
    offset += 8 + size + (size % 2);
  }
  return undefined;
}

function id3Manifest() {
  const syncsafe = (o) => (data[o] << 21) | (data[o + 1] << 14) | (data[o + 2] << 7) | data[o + 3];
  const end = 10 + syncsafe(6);
  for (let offset = 10; offset + 10 <= end && data[offset] !== 0; ) {
    const size = data[3] === 4 ? syncsafe(offset + 4) : view.getUint32(offset + 4);
    if (text(offset, 4) === 'GEOB') {
      let p = offset + 11;
      const fields = [];
      for (let f = 0; f < 3; f++) {
        const zero = data.indexOf(0, p);
        fields.push(text(p, zero - p));
        p = zero + 1;
      }
      if (fields[0] === 'application/c2pa') return data.subarray(p, offset + 10 + size);
    }
    offset += 10 + size;
  }
  return undefined;
}

function bmffManifest() {
  const c2pa = 'd8fec3d61b0e483c92975828877ec481';
  for (let offset = 0; offset + 8 <= data.length; ) {
    const size = view.getUint32(offset);
    const uuid = Buffer.from(data.subarray(offset + 8, offset + 24)).toString('hex');
    if (text(offset + 4, 4) === 'uuid' && uuid === c2pa && text(offset + 28, 9) === 'manifest\0') {
      return data.subarray(offset + 45, offset + size);
    }
    offset += size;
  }
  return undefined;
}

class LocatedAsset {
  constructor(jumbf, mimeType) {
    this.jumbf = jumbf;
    this.mimeType = mimeType;
  }
  getDataLength() { return data.length; }
  async getDataRange(start = 0, length = data.length - start) { return data.subarray(start, start + length); }
  getManifestJUMBF() { return this.jumbf; }
  dumpInfo() { return this.mimeType; }
}

let asset;
if (text(0, 4) === 'RIFF') asset = new LocatedAsset(riffManifest(), 'audio/wav');
else if (text(4, 4) === 'ftyp') asset = new LocatedAsset(bmffManifest(), 'audio/mp4');
else if (text(0, 3) === 'ID3') asset = new LocatedAsset(id3Manifest(), 'audio/mpeg');
else {
  console.log(JSON.stringify({ error: 'unknown format' }));
  process.exit(2);
}

const jumbf = asset.getManifestJUMBF();
if (!jumbf) {
  console.log(JSON.stringify({ error: 'no manifest' }));
  process.exit(1);
}

const store = ManifestStore.read(SuperBox.fromBuffer(jumbf));
const manifest = store.getActiveManifest();
const result = await store.validate(asset);
console.log(JSON.stringify({
  valid: result.isValid,
  manifest: manifest?.label,
  assertions: manifest?.assertions?.assertions?.map((a) => a.label) ?? [],
  errors: result.statusEntries.filter((e) => !e.success).map((e) => `${e.code} ${e.url ?? ''} ${e.explanation ?? ''}`.trim()),
}));
process.exit(result.isValid ? 0 : 1);
