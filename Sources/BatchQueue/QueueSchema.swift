import PostgresWarehouse

/// The queue table: one row per file content (sha256) and schema version, shared by every
/// machine of a batch. `state` moves waiting → running (claimed under a lease) → done or failed;
/// a running row whose lease has run out is claimable again. `conversions` counts the results
/// written for the row, so "converted exactly once" can be checked, not only believed.
enum QueueSchema {
    static let version = 1

    static let create = """
        CREATE TABLE gongkai_queue (
            sha256 text NOT NULL,
            schema_version text NOT NULL,
            path text NOT NULL,
            bytes bigint NOT NULL DEFAULT 0,
            state text NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'running', 'done', 'failed')),
            attempts integer NOT NULL DEFAULT 0,
            machine text,
            lease_until timestamptz,
            enqueued_at timestamptz NOT NULL DEFAULT now(),
            started_at timestamptz,
            finished_at timestamptz,
            seconds double precision,
            pages integer,
            reason text,
            error text,
            exit_code integer,
            conversions integer NOT NULL DEFAULT 0,
            report jsonb,
            PRIMARY KEY (sha256, schema_version)
        );
        CREATE INDEX gongkai_queue_claimable ON gongkai_queue (schema_version, state, bytes DESC);
        CREATE INDEX gongkai_queue_by_machine ON gongkai_queue (machine, state);
        """

    /// Creates the warehouse's tables and the queue's, when missing.
    static func prepare(_ connection: PostgresConnection) throws {
        try PostgresWarehouse.prepare(connection)
        try PostgresSchema.ensure("queue", version: version, create: create, on: connection)
    }
}
