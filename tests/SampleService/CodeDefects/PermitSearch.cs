using System.Data.Common;

namespace SampleService.CodeDefects;

/// <summary>A permit search from an older version of the service. Never called.</summary>
internal static class PermitSearch
{
    internal static DbCommand ByHolder(DbConnection connection, string holder)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        // PLANTED DEFECT SS0002 (expected-findings.yml): SQL built by concatenating a value.
        command.CommandText = "SELECT reference FROM permits WHERE holder = '" + holder + "'";
        return command;
    }
}
