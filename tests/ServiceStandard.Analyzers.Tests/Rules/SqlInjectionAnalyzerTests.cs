using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class SqlInjectionAnalyzerTests
{
    /// <summary>The shapes of Dapper's and EF Core's APIs, so tests need no packages.</summary>
    private const string Stubs = """
        namespace Dapper
        {
            public static class SqlMapper
            {
                public static System.Collections.Generic.IEnumerable<T> Query<T>(this System.Data.IDbConnection cnn, string sql, object? param = null) => throw null!;
                public static int Execute(this System.Data.IDbConnection cnn, string sql, object? param = null) => throw null!;
            }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> : System.Linq.IQueryable<T>
            {
                public System.Type ElementType => throw null!;
                public System.Linq.Expressions.Expression Expression => throw null!;
                public System.Linq.IQueryProvider Provider => throw null!;
                public System.Collections.Generic.IEnumerator<T> GetEnumerator() => throw null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
            }

            public static class RelationalQueryableExtensions
            {
                public static System.Linq.IQueryable<T> FromSqlRaw<T>(this DbSet<T> source, string sql, params object[] parameters) => throw null!;
                public static System.Linq.IQueryable<T> FromSql<T>(this DbSet<T> source, System.FormattableString sql) => throw null!;
            }

            public sealed class DatabaseFacade
            {
            }

            public static class RelationalDatabaseFacadeExtensions
            {
                public static int ExecuteSqlRaw(this DatabaseFacade database, string sql, params object[] parameters) => throw null!;
                public static int ExecuteSql(this DatabaseFacade database, System.FormattableString sql) => throw null!;
            }
        }
        """;

    [Fact]
    public Task Sql_built_from_values_is_reported_at_each_sink() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Data;
            using System.Data.Common;
            using System.Linq;
            using System.Text;
            using Dapper;
            using Microsoft.EntityFrameworkCore;

            public sealed record Person(string Name);

            public sealed class PeopleRepository(DbConnection connection, DbSet<Person> people, DatabaseFacade database)
            {
                public void ByName(string name)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:"SELECT * FROM people WHERE name = '" + name + "'"|};
                }

                public void ByTown(string town)
                {
                    var sql = $"SELECT * FROM people WHERE town = '{town}'";
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:sql|};
                }

                public object Dapper(string postcode) => connection.Query<Person>({|SS0002:string.Format("SELECT * FROM people WHERE postcode = '{0}'", postcode)|});

                public object Raw(string name) => people.FromSqlRaw({|SS0002:$"SELECT * FROM people WHERE name = '{name}'"|}).ToList();

                public int Delete(string filter)
                {
                    var builder = new StringBuilder("DELETE FROM people WHERE ");
                    builder.Append(filter);
                    return database.ExecuteSqlRaw({|SS0002:builder.ToString()|});
                }

                public int Append(string where)
                {
                    var sql = "UPDATE people SET seen = 1";
                    sql += " WHERE " + where;
                    return connection.Execute({|SS0002:sql|});
                }
            }
            """]);

    [Fact]
    public Task Parameterised_and_constant_sql_is_not_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System;
            using System.Data;
            using System.Data.Common;
            using System.Linq;
            using Dapper;
            using Microsoft.EntityFrameworkCore;

            public sealed record Person(string Name);

            public sealed class PeopleRepository(DbConnection connection, DbSet<Person> people, DatabaseFacade database)
            {
                private const string Table = "people";
                private static readonly string Columns = "id, name";

                public void ByName(string name)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT * FROM " + Table + " WHERE name = @name";
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@name";
                    parameter.Value = name;
                    command.Parameters.Add(parameter);
                }

                public void Columned(int id, Guid tenant)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT {Columns} FROM {Table} WHERE id = {id} AND tenant = '{tenant}'";
                }

                public object Dapper(string postcode) => connection.Query<Person>("SELECT * FROM people WHERE postcode = @postcode", new { postcode });

                // Interpolated FromSql and ExecuteSql take a FormattableString: EF Core makes parameters of the holes.
                public object Interpolated(string name) => people.FromSql($"SELECT * FROM people WHERE name = {name}").ToList();

                public int Delete(string name) => database.ExecuteSql($"DELETE FROM people WHERE name = {name}");

                public int Raw(string name) => database.ExecuteSqlRaw("DELETE FROM people WHERE name = {0}", name);
            }
            """]);
}
