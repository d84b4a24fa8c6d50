using Microsoft.Data.Sqlite;

namespace Imap4.Storage.Sqlite.Database;

/// <summary>Short helpers for parameterised commands on one connection and transaction.</summary>
internal static class Sql
{
    public static SqliteCommand Command(this SqliteConnection connection, SqliteTransaction? transaction, string text,
        params (string Name, object? Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        foreach ((string name, object? value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public static async ValueTask<int> ExecuteAsync(this SqliteConnection connection, SqliteTransaction? transaction, string text,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using SqliteCommand command = connection.Command(transaction, text, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public static async ValueTask<object?> ScalarAsync(this SqliteConnection connection, SqliteTransaction? transaction, string text,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using SqliteCommand command = connection.Command(transaction, text, parameters);
        object? value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>The first column of the first row as a long, or null.</summary>
    public static async ValueTask<long?> LongAsync(this SqliteConnection connection, SqliteTransaction? transaction, string text,
        CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await connection.ScalarAsync(transaction, text, cancellationToken, parameters).ConfigureAwait(false) is { } v
            ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Reads every row with <paramref name="map"/>.</summary>
    public static async ValueTask<List<T>> ListAsync<T>(this SqliteConnection connection, SqliteTransaction? transaction, string text,
        Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using SqliteCommand command = connection.Command(transaction, text, parameters);
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(map(reader));
        return list;
    }
}
