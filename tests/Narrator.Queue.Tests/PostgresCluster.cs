using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Narrator.Queue.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/N/bin): initdb into a temporary folder,
/// started on a free loopback port with trust authentication, stopped and removed at the end. PostgreSQL refuses to run
/// as root, so under root it runs as the postgres user (runuser). Each test takes a database of its own.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly bool _asPostgres;
    private bool _running;

    public PostgresCluster()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? string.Empty
            : string.Empty;
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql.");
        }

        _folder = Directory.CreateTempSubdirectory("narrator-pg-").FullName;
        _asPostgres = Environment.UserName == "root";
        if (_asPostgres)
        {
            Run("chown", ["postgres", _folder], asPostgres: false);
        }

        Port = FreePort();
        Run(Path.Combine(_bin, "initdb"), ["-D", Data, "-U", "narrator", "--auth=trust", "-E", "UTF8", "--no-sync"]);
        Start();
    }

    public int Port { get; }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>A connection string to a new, empty database.</summary>
    public string NewDatabase()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=narrator;Database={database};Timeout=5";

    /// <summary>Stops the server at once (as a crash would) and starts it again.</summary>
    public void Restart()
    {
        Stop();
        Start();
    }

    /// <summary>Stops the server at once, as a crash would.</summary>
    public void Stop()
    {
        lock (_folder)
        {
            if (_running)
            {
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-m", "immediate", "-w", "stop"]);
                _running = false;
            }
        }
    }

    /// <summary>Starts the server (again) on its port and waits until it takes connections.</summary>
    public void Start()
    {
        lock (_folder)
        {
            if (!_running)
            {
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=500", "start"]);
                _running = true;
            }
        }
    }

    public void Dispose()
    {
        Stop();
        Directory.Delete(_folder, recursive: true);
    }

    private void Run(string program, IReadOnlyList<string> arguments) => Run(program, arguments, _asPostgres);

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
