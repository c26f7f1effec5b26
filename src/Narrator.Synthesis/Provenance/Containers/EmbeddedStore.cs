namespace Narrator.Synthesis.Provenance.Containers;

/// <summary>A manifest store found in a file: its bytes and the range its wrapper occupies.</summary>
internal sealed record EmbeddedStore(byte[] Manifest, long WrapperStart, long WrapperLength);
