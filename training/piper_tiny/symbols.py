"""Piper's espeak-ng IPA symbol table (the order that published Piper voices use).

The list is data: symbol ``i`` in ``PIPER_SYMBOLS`` gets phoneme id ``i``. It reproduces the
table found in published voices' ``.onnx.json`` files (for example en_US-lessac-medium),
so a tiny fixture voice maps phonemes to exactly the ids a real voice would.
"""

PAD = "_"
BOS = "^"
EOS = "$"

_PUNCTUATION = [PAD, BOS, EOS, " ", "!", "'", "(", ")", ",", "-", ".", ":", ";", "?"]
_LATIN = list("abcdefhijklmnopqrstuvwxyz")  # no "g": espeak writes U+0261 (script g)
_IPA = list(
    "æçðøħŋœǀǁǂǃ"
    "ɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾ"
    "ʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ"
)
_DIGITS = list("0123456789")
# Combining diacritics and a few late additions, written as code points to stay readable.
_EXTRA = [
    "\u0327", "\u0303", "\u032a", "\u032f", "\u0329",  # cedilla, tilde, bridge, inverted breve, syllabic
    "\u02b0", "\u02e4", "\u03b5", "\u2193", "#", '"', "\u2191",  # ʰ ˤ ε ↓ # " ↑
    "\u033a", "\u033b",  # inverted bridge below, square below
]

PIPER_SYMBOLS = _PUNCTUATION + _LATIN + _IPA + _DIGITS + _EXTRA

# Published voices declare 256 symbols (room for growth) although 154 are mapped.
NUM_SYMBOLS = 256


def phoneme_id_map():
    """Symbol -> list of ids, as in a Piper ``.onnx.json``."""
    return {symbol: [index] for index, symbol in enumerate(PIPER_SYMBOLS)}


assert len(PIPER_SYMBOLS) == 154, len(PIPER_SYMBOLS)
assert len(set(PIPER_SYMBOLS)) == len(PIPER_SYMBOLS)
