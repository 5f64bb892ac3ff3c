using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace Mentoring.EntityFrameworkCore.Tests;

/// <summary>A context over an in-memory SQLite database (a real SQL engine), created empty, that records the SQL it sends.</summary>
internal sealed class TestDb : DbContext
{
    private readonly SqliteConnection _connection;

    private TestDb(SqliteConnection connection, CommandLog log)
        : base(new DbContextOptionsBuilder<TestDb>().UseSqlite(connection).AddInterceptors(log).Options)
    {
        _connection = connection;
        Log = log;
    }

    public CommandLog Log { get; }

    public DbSet<Teacher> Teachers => Set<Teacher>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<MentoringPair> Pairs => Set<MentoringPair>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<PersonalizedProgram> Programs => Set<PersonalizedProgram>();

    public static TestDb Create()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var db = new TestDb(connection, new CommandLog());
        db.Database.EnsureCreated();
        return db;
    }

    /// <summary>A fresh context on the same database: nothing tracked, every read from the tables.</summary>
    public TestDb Fresh() => new(_connection, Log);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMentoringConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyMentoringModel();
}

/// <summary>The text of every command sent to the database.</summary>
internal sealed class CommandLog : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Add(command.CommandText);
        return result;
    }
}
