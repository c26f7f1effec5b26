using Npgsql;

namespace Narrator.Queue.Database;

/// <summary>The <c>narrator_queue</c> tables, made once by whoever comes first (an advisory lock keeps two from racing).</summary>
internal static class Schema
{
    private const long CreationLock = 0x4E61727261746F72; // "Narrator"

    private const string Tables = """
        CREATE SCHEMA IF NOT EXISTS narrator_queue;
        CREATE TABLE IF NOT EXISTS narrator_queue.books (
            id uuid PRIMARY KEY,
            title text NOT NULL,
            manuscript text NOT NULL,
            root text NOT NULL,
            folder text NOT NULL,
            voice text NOT NULL,
            voice_fingerprint text NOT NULL,
            publisher text NOT NULL,
            version text NOT NULL,
            submitted_at timestamptz NOT NULL DEFAULT now(),
            assembled_at timestamptz,
            audiobook text,
            assembly_error text);
        CREATE TABLE IF NOT EXISTS narrator_queue.chapters (
            book_id uuid NOT NULL REFERENCES narrator_queue.books(id) ON DELETE CASCADE,
            index int NOT NULL,
            title text NOT NULL,
            estimated_seconds double precision NOT NULL,
            status text NOT NULL DEFAULT 'waiting',
            deliveries int NOT NULL DEFAULT 0,
            failures int NOT NULL DEFAULT 0,
            error text,
            worker text,
            started_at timestamptz,
            finished_at timestamptz,
            audio_seconds double precision,
            render_hash text,
            PRIMARY KEY (book_id, index));
        ALTER TABLE narrator_queue.chapters ADD COLUMN IF NOT EXISTS wanted_hash text;
        ALTER TABLE narrator_queue.chapters ADD COLUMN IF NOT EXISTS job_id text;
        CREATE INDEX IF NOT EXISTS books_folder ON narrator_queue.books (folder);
        CREATE INDEX IF NOT EXISTS chapters_without_job ON narrator_queue.chapters (book_id) WHERE job_id IS NULL AND status = 'waiting';
        """;

    public static async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({CreationLock}); {Tables}", connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
