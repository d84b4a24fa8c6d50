using System.Text.Json.Serialization;

namespace Imap4.Cli.MailTools.State;

/// <summary>Source-generated JSON for the state files.</summary>
[JsonSerializable(typeof(BackupState))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class StateJson : JsonSerializerContext;
