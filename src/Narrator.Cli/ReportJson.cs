using System.Text.Json;
using System.Text.Json.Serialization;

namespace Narrator.Cli;

/// <summary>
/// How the measuring commands write <c>--json</c>: indented, and a figure that could not be measured
/// (NaN, such as a ratio to a natural WER of 0) as null, since JSON has no NaN and the serializer
/// would otherwise refuse the whole report.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Converters = { new FiniteOrNull() } };

    public static string Serialize<T>(T report) => JsonSerializer.Serialize(report, Options);

    private sealed class FiniteOrNull : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
