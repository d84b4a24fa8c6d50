using System.Text.Json;

namespace Imap4.Cli.Client;

/// <summary>Writes JSON to a string.</summary>
internal static class JsonText
{
    /// <summary>Runs <paramref name="write"/> over a JSON writer and returns the text.</summary>
    /// <param name="write">Writes the document.</param>
    /// <param name="indented">Indented (a document) or compact (one line, for JSON lines).</param>
    /// <returns>The JSON text.</returns>
    public static string Of(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
