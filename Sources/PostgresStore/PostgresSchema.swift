/// The PostgreSQL store's schema as named, ordered, forward-only migrations, applied
/// one transaction each and recorded in `kg_migrations`.
///
/// A migration, once released, is never edited: a change is a new one appended here.
/// A database holding a migration this list lacks was written by a newer kg and is
/// refused (`StoreError.newerSchema`) before anything is written.
///
/// Text columns compare bytewise (`COLLATE "C"`), as SQLite does, so listings sort
/// the same on both stores whatever the server's locale.
enum PostgresSchema {
    static let migrations: [(identifier: String, sql: String)] = [
        ("pg1-documents-actors-facts-evidence", """
        CREATE TABLE build (
          id bigserial PRIMARY KEY,
          finishedAt text NOT NULL,
          documentsAdded integer NOT NULL,
          documentsReplaced integer NOT NULL);
        CREATE TABLE document (
          id text COLLATE "C" PRIMARY KEY,
          title text NOT NULL,
          date text COLLATE "C",
          source text,
          contentHash text COLLATE "C",
          sourceKey text COLLATE "C",
          buildID bigint,
          url text,
          dateSource text,
          siteName text,
          language text);
        CREATE INDEX document_on_contentHash ON document (contentHash);
        CREATE INDEX document_on_sourceKey ON document (sourceKey);
        CREATE INDEX document_on_date ON document (date);
        CREATE TABLE actor (
          id text COLLATE "C" PRIMARY KEY,
          label text COLLATE "C" NOT NULL,
          type text NOT NULL,
          wikidata text);
        CREATE INDEX actor_on_lower_label ON actor (lower(label));
        CREATE TABLE actorAlias (
          actorID text COLLATE "C" NOT NULL REFERENCES actor ON DELETE CASCADE,
          alias text COLLATE "C" NOT NULL,
          position bigserial NOT NULL,
          PRIMARY KEY (actorID, alias));
        CREATE INDEX actorAlias_on_lower_alias ON actorAlias (lower(alias));
        CREATE TABLE actorMention (
          actorID text COLLATE "C" NOT NULL REFERENCES actor ON DELETE CASCADE,
          documentID text COLLATE "C" NOT NULL REFERENCES document ON DELETE CASCADE,
          PRIMARY KEY (actorID, documentID));
        CREATE INDEX actorMention_on_documentID ON actorMention (documentID);
        CREATE TABLE fact (
          id bigserial PRIMARY KEY,
          subject text COLLATE "C" NOT NULL REFERENCES actor,
          predicate text COLLATE "C" NOT NULL,
          object text COLLATE "C" NOT NULL REFERENCES actor,
          negated boolean NOT NULL,
          modality text NOT NULL,
          confidence double precision NOT NULL,
          UNIQUE (subject, predicate, object, negated));
        CREATE INDEX fact_on_object ON fact (object);
        CREATE INDEX fact_on_predicate ON fact (predicate);
        CREATE TABLE factMention (
          factID bigint NOT NULL REFERENCES fact ON DELETE CASCADE,
          documentID text COLLATE "C" NOT NULL REFERENCES document ON DELETE CASCADE,
          modality text NOT NULL,
          confidence double precision NOT NULL,
          PRIMARY KEY (factID, documentID));
        CREATE INDEX factMention_on_documentID ON factMention (documentID);
        CREATE TABLE evidence (
          id bigserial PRIMARY KEY,
          factID bigint NOT NULL REFERENCES fact ON DELETE CASCADE,
          documentID text COLLATE "C" NOT NULL REFERENCES document ON DELETE CASCADE,
          sentence integer NOT NULL,
          startOffset integer NOT NULL,
          endOffset integer NOT NULL,
          quote text NOT NULL,
          confidence double precision NOT NULL,
          modality text,
          UNIQUE (factID, documentID, startOffset, endOffset));
        CREATE INDEX evidence_on_documentID ON evidence (documentID);
        """),
    ]

    static var identifiers: [String] { migrations.map(\.identifier) }

    /// The table that records applied migrations; created with the first one.
    static let migrationsTable = """
        CREATE TABLE IF NOT EXISTS kg_migrations (
          identifier text COLLATE "C" PRIMARY KEY,
          appliedAt timestamptz NOT NULL DEFAULT now())
        """

    /// Key of the session advisory lock that keeps two kg from migrating at once.
    static let migrationLock: Int64 = 0x6B67_5F6D_6967_7261  // "kg_migra"
}
