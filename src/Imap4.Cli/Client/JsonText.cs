using System.Text.Json;

namespace Imap4.Cli.Client;

/// <summary>Writes indented JSON to a string.</summary>
internal static class JsonText
{
    /// <summary>Runs <paramref name="write"/> over a JSON writer and returns the text.</summary>
    /// <param name="write">Writes the document.</param>
    /// <returns>The JSON text.</returns>
    public static string Of(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
