using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Narrator.Rendering.Cast;

/// <summary>
/// A YAML cast file read by YamlDotNet and handed on as the JSON it stands for, so that YAML and JSON casts go
/// through one reader and say the same things about the same mistakes. Plain scalars are typed as YAML's core
/// schema types them (<c>1.1</c> a number, <c>true</c> a boolean, <c>~</c> null); quoted ones stay text.
/// </summary>
internal static partial class CastYaml
{
    // Keys may hold dots and spaces ("Mr. Holmes"), not this.
    private const char KeySeparator = '\u001f';

    /// <summary>
    /// The JSON <paramref name="yaml"/> stands for, and where each of its mapping keys is written: the line of the key
    /// reached by a list of keys from the root (<c>["characters", "Alice", "speed"]</c>), for errors about entries.
    /// </summary>
    public static (JsonDocument Json, Func<IReadOnlyList<string>, int?> LineOf) ToJson(string yaml, string path)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw new RenderException($"Cast file {path}: not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {Reason(e)}", inner: e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails so, without a position, on some unclosed brackets; where it stopped is the clue.
            var at = scanner.CurrentPosition;
            throw new RenderException($"Cast file {path}: not valid YAML at line {at.Line}, column {at.Column}: the parser stopped here (is a bracket or a quote left open?)", inner: e);
        }

        if (stream.Documents.Count != 1)
        {
            throw new RenderException(stream.Documents.Count == 0
                ? $"Cast file {path}: it is empty; expected \"narrator\", \"characters\" and \"dialogue\"."
                : $"Cast file {path}: it holds {stream.Documents.Count} YAML documents; a cast file is one.");
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        Lines(stream.Documents[0].RootNode, string.Empty, lines);
        var json = JsonDocument.Parse(Node(stream.Documents[0].RootNode)?.ToJsonString() ?? "null");
        return (json, keys => lines.TryGetValue(string.Join(KeySeparator, keys), out var line) ? line : null);
    }

    /// <summary>The line of every mapping key under <paramref name="node"/>, by its keys from the root joined with <see cref="KeySeparator"/>.</summary>
    private static void Lines(YamlNode node, string prefix, Dictionary<string, int> lines)
    {
        if (node is not YamlMappingNode mapping)
        {
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var keys = prefix.Length == 0 ? Key(key) : $"{prefix}{KeySeparator}{Key(key)}";
            lines.TryAdd(keys, (int)key.Start.Line);
            Lines(value, keys, lines);
        }
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(Key(c.Key), Node(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Node).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    // A key that is not text (a list, a mapping) is an odd name; it keeps its YAML form so the error can quote it.
    private static string Key(YamlNode key) => key is YamlScalarNode { Value: { } text } ? text : key.ToString();

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when Number().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    /// <summary>YamlException's message without the position it starts with, which the error already names.</summary>
    private static string Reason(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var close = message.StartsWith('(') ? message.IndexOf("): ", StringComparison.Ordinal) : -1;
        return (close > 0 ? message[(close + 3)..] : message).TrimEnd('.');
    }

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
