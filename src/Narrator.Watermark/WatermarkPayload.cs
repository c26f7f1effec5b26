using System.Globalization;

namespace Narrator.Watermark;

/// <summary>The 32 bits a watermark carries, e.g. an id of the voice or its consent record.</summary>
/// <param name="Value">The payload bits.</param>
public readonly record struct WatermarkPayload(uint Value)
{
    /// <summary>The payload as eight hexadecimal digits, as the CLI prints it.</summary>
    public override string ToString() => Value.ToString("x8", CultureInfo.InvariantCulture);
}
