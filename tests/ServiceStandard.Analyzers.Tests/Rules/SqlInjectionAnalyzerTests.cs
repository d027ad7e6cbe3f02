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

    [Fact]
    public Task Sql_appended_built_in_a_builder_chain_or_in_a_helper_is_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Data.Common;
            using System.Linq;
            using System.Text;
            using Dapper;
            using Microsoft.EntityFrameworkCore;

            public sealed record Person(string Name);

            public sealed class PeopleSearch(DbConnection connection, DbSet<Person> people, DatabaseFacade database)
            {
                public void ByTown(string town)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT * FROM people";
                    command.CommandText += {|SS0002:" WHERE town = '" + town + "'"|};
                }

                public object ByName(string name) =>
                    connection.Query<Person>({|SS0002:new StringBuilder("SELECT * FROM people WHERE name = '").Append(name).Append("'").ToString()|});

                public int MarkSeen(string status)
                {
                    var builder = new StringBuilder();
                    builder.AppendLine("UPDATE people SET seen = 1");
                    builder.AppendFormat("WHERE status = '{0}'", status);
                    var sql = builder.ToString();
                    return database.ExecuteSqlRaw({|SS0002:sql|});
                }

                public object Named(string name) => people.FromSqlRaw({|SS0002:BuildQuery(name)|}).ToList();

                public void InTown(string town)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:ByColumn(town)|};
                }

                private static string BuildQuery(string name) => "SELECT * FROM people WHERE name = '" + name + "'";

                private static string ByColumn(string town) => Where("town", town);

                private static string Where(string column, string value) => $"SELECT * FROM people WHERE {column} = '{value}'";
            }
            """]);

    [Fact]
    public Task Identifiers_from_a_helpers_parameters_are_judged_at_its_callers() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Data;
            using Microsoft.AspNetCore.Mvc;

            // A bulk-copy helper: a staging table named for its caller, its columns fixed.
            public static class StagingTables
            {
                public static void Create(this IDbConnection connection, string suffix)
                {
                    var table = $"staging_{suffix}";
                    using var command = connection.CreateCommand();
                    command.CommandText = $"CREATE TEMP TABLE {table} (id UUID NOT NULL, name TEXT)";
                    command.ExecuteNonQuery();
                }

                // Called with a value from a request below.
                public static void Drop(this IDbConnection connection, string suffix)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:"DROP TABLE staging_" + suffix|};
                    command.ExecuteNonQuery();
                }

                // Never called here: another project may.
                public static void Truncate(this IDbConnection connection, string suffix)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:"TRUNCATE staging_" + suffix|};
                    command.ExecuteNonQuery();
                }
            }

            public sealed class Imports(IDbConnection connection)
            {
                private const string Suffix = "imports";

                public void Run()
                {
                    connection.Create(Suffix);
                    connection.Create("people");
                    Count("imported_people");
                }

                // A private helper: its callers are all here.
                private long Count(string table)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT COUNT(*) FROM " + table;
                    return (long)command.ExecuteScalar()!;
                }

                // A public instance method: a framework or another project may call it with anything.
                public void Clear(string table)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = {|SS0002:"DELETE FROM " + table|};
                    command.ExecuteNonQuery();
                    Clear("people");
                }
            }

            public sealed class StagingController(IDbConnection connection) : Controller
            {
                public IActionResult Reset(string name)
                {
                    connection.Drop(name);
                    connection.Drop("fixed");
                    return Ok();
                }
            }
            """]);

    [Fact]
    public Task An_order_by_clause_chosen_by_a_switch_among_fixed_clauses_is_not_injection_but_one_arm_with_input_is() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Linq;
            using Microsoft.EntityFrameworkCore;

            public sealed record Person(string Name);

            public enum SortBy { Name, Email, Custom }

            public sealed class PeopleSearch(DbSet<Person> people)
            {
                // The shape of a real service's search page: the values are parameters ({0}), the ORDER BY is chosen from fixed text.
                public object Search(string search, SortBy sortBy, bool ascending)
                {
                    var orderBy = sortBy switch
                    {
                        SortBy.Name => $"name {(ascending ? "ASC NULLS FIRST" : "DESC NULLS LAST")}, id {(ascending ? "ASC" : "DESC")}",
                        _ => $"email {(ascending ? "ASC" : "DESC")}",
                    };
                    return people.FromSqlRaw("SELECT * FROM people WHERE name = {0} ORDER BY " + orderBy, search).ToList();
                }

                public object SearchBy(string search, SortBy sortBy, string column)
                {
                    var orderBy = sortBy switch
                    {
                        SortBy.Custom => column + " ASC",
                        _ => "email ASC",
                    };
                    return people.FromSqlRaw({|SS0002:"SELECT * FROM people WHERE name = {0} ORDER BY " + orderBy|}, search).ToList();
                }

                public object Ordered(bool ascending, string direction) =>
                    people.FromSqlRaw({|SS0002:"SELECT * FROM people ORDER BY name " + (ascending ? "ASC" : direction)|}).ToList();
            }
            """]);

    [Fact]
    public Task Sql_built_only_from_constants_through_helpers_and_builders_is_not_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Data.Common;
            using System.Linq;
            using System.Text;
            using Dapper;
            using Microsoft.EntityFrameworkCore;

            public sealed record Person(string Name);

            public sealed class PeopleSearch(DbConnection connection, DbSet<Person> people)
            {
                private const string Table = "people";

                public object Ada() => people.FromSqlRaw(BuildQuery("Ada")).ToList();

                public void Listed()
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT " + Columns() + " FROM " + Table;
                    command.CommandText += " WHERE town = @town";
                }

                public object ByName(string name) =>
                    connection.Query<Person>(new StringBuilder("SELECT * FROM people").Append(" WHERE name = @name").ToString(), new { name });

                public int Count()
                {
                    var builder = new StringBuilder("SELECT COUNT(*) FROM ").Append(Table);
                    builder.AppendLine(" WHERE seen = 1");
                    return connection.Query<int>(builder.ToString()).Single();
                }

                private static string BuildQuery(string name) => "SELECT * FROM people WHERE name = '" + name + "'";

                private static string Columns() => string.Join(", ", nameof(Person.Name), "id");
            }
            """]);

    [Fact]
    public Task Identifiers_the_code_names_with_values_passed_as_parameters_are_not_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync([Stubs, """
            using System.Data;
            using System.Linq;
            using Dapper;

            public sealed class Person
            {
                public string? Name { get; set; }
            }

            public sealed class PeopleStore(IDbConnection connection)
            {
                private const string TableName = "people";

                public int Insert(Person person)
                {
                    var columns = new[] { nameof(Person.Name), "Email" };
                    return connection.Execute($"INSERT INTO {TableName} ({string.Join(",", columns)}) VALUES ({string.Join(",", columns.Select(c => "@" + c))})", person);
                }

                public int InsertAll<T>(T row)
                {
                    var columns = typeof(T).GetProperties().Select(p => p.Name).ToList();
                    return connection.Execute($"INSERT INTO {typeof(T).Name} ({string.Join(",", columns)}) VALUES ({string.Join(",", columns.Select(c => "@" + c))})", row);
                }

                // Still reported: the column names come from the caller.
                public int InsertColumns(Person person, string[] names) =>
                    connection.Execute({|SS0002:$"INSERT INTO {TableName} ({string.Join(",", names)}) VALUES ({string.Join(",", names.Select(c => "@" + c))})"|}, person);

                public int InsertNamed(Person person, string[] names) =>
                    connection.Execute({|SS0002:$"INSERT INTO people (Name) VALUES ({string.Join(",", names.Where(n => n.Length > 0).Select(c => "'" + c + "'"))})"|}, person);
            }
            """]);

    [Fact]
    public Task Values_the_compilation_proves_constant_through_parameters_fields_returns_and_collections_are_not_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync("""
            using System.Collections;
            using System.Collections.Generic;
            using System.Data.Common;

            internal sealed class Users(DbConnection connection)
            {
                private string fixedName = "";
                private static readonly string Default = Pick();

                public void Run()
                {
                    Touch("foo");
                    var names = new string[5];
                    names[2] = "foo";
                    ByArray(names);
                    var table = new Hashtable(5);
                    table.Add(0, "foo");
                    ByTable(table);
                    var list = new LinkedList<string>();
                    list.AddLast("foo");
                    ByList(list);
                    ByObject((object)"foo");
                    fixedName = "foo";
                    ByField();
                    ByReturn();
                    var container = new Container();
                    container.Value = "foo";
                    ByContainer(container);
                }

                // Juliet's flow variant 67: the object's own field, not every Container's.
                public sealed class Container
                {
                    public string? Value;
                }

                private void ByContainer(Container container) => Command().CommandText = "select * from users where name='" + container.Value + "'";

                private static string Pick() => "admin";

                private void Touch(string data)
                {
                    foreach (var name in data.Split('-'))
                    {
                        Command().CommandText = "update users set hitcount=hitcount+1 where name='" + name + "'";
                    }
                }

                private void ByArray(string[] names) => Command().CommandText = "select * from users where name='" + names[2] + "'";

                private void ByTable(Hashtable table) => Command().CommandText = "select * from users where name='" + (string)table[2]! + "'";

                private void ByList(LinkedList<string> list) => Command().CommandText = "select * from users where name='" + list.Last!.Value + "'";

                private void ByObject(object data) => Command().CommandText = "select * from users where name='" + (string)data + "'";

                private void ByField() => Command().CommandText = "select * from users where name='" + fixedName + "' or name='" + Default + "'";

                private void ByReturn() => Command().CommandText = "select * from users where name='" + Source() + "'";

                private static string Source()
                {
                    string data = "foo";
                    return data;
                }

                private DbCommand Command() => connection.CreateCommand();
            }
            """);

    [Fact]
    public Task A_value_that_is_not_constant_on_every_path_is_still_reported() =>
        Verify<SqlInjectionAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Data.Common;

            internal sealed class Users(DbConnection connection)
            {
                private string lastName = "";

                public void Run(string fromRequest)
                {
                    ByName("foo");
                    ByName(Console.ReadLine()!);
                    var names = new string[5];
                    names[2] = "foo";
                    names[3] = fromRequest;
                    ByArray(names);
                    var list = new LinkedList<string>();
                    list.AddLast("foo");
                    list.Last!.Value = fromRequest;
                    ByList(list);
                    var aliased = new string[1];
                    Fill(aliased);
                    ByArray2(aliased);
                    lastName = fromRequest;
                    Queries.ByTown(connection, "foo");
                    Derived.ByTown(connection, fromRequest);
                    var container = new Container { Value = "foo" };
                    container.Value = fromRequest;
                    ByContainer(container);
                    Sink good = new GoodSink();
                    good.Action(connection, "foo");
                    Sink bad = new BadSink();
                    bad.Action(connection, fromRequest);
                }

                public sealed class Container
                {
                    public string? Value;
                }

                private void ByContainer(Container container) => Command().CommandText = {|SS0002:"select * from users where name='" + container.Value + "'"|};

                // A virtual call runs the override of the object's type: only "foo" reaches GoodSink.
                internal abstract class Sink
                {
                    public abstract void Action(DbConnection connection, string data);
                }

                internal sealed class GoodSink : Sink
                {
                    public override void Action(DbConnection connection, string data) =>
                        connection.CreateCommand().CommandText = "select * from users where name='" + data + "'";
                }

                internal sealed class BadSink : Sink
                {
                    public override void Action(DbConnection connection, string data) =>
                        connection.CreateCommand().CommandText = {|SS0002:"select * from users where name='" + data + "'"|};
                }

                // Public: callers outside the assembly can pass anything.
                public void ByAnyone(string name) => Command().CommandText = {|SS0002:"select * from users where name='" + name + "'"|};

                private void ByName(string name) => Command().CommandText = {|SS0002:"select * from users where name='" + name + "'"|};

                private void ByArray(string[] names) => Command().CommandText = {|SS0002:"select * from users where name='" + names[2] + "'"|};

                private void ByArray2(string[] names) => Command().CommandText = {|SS0002:"select * from users where name='" + names[0] + "'"|};

                private static void Fill(string[] target) => target[0] = Console.ReadLine()!;

                private void ByList(LinkedList<string> list) => Command().CommandText = {|SS0002:"select * from users where name='" + list.Last!.Value + "'"|};

                private void ByField() => Command().CommandText = {|SS0002:"select * from users where name='" + lastName + "'"|};

                // A static method called through a derived type's name too.
                internal class Queries
                {
                    public static void ByTown(DbConnection connection, string town) =>
                        connection.CreateCommand().CommandText = {|SS0002:"select * from users where town='" + town + "'"|};
                }

                internal sealed class Derived : Queries
                {
                }

                // Public: code outside the assembly may write it.
                public string Shared = "foo";

                private void ByPublicField() => Command().CommandText = {|SS0002:"select * from users where name='" + Shared + "'"|};

                private DbCommand Command() => connection.CreateCommand();
            }
            """);
}
