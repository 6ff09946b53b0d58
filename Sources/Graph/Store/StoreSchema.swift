import GRDB

/// The store's schema as named, ordered, forward-only migrations.
///
/// A migration, once released, is never edited: a change is a new migration
/// appended here. A store holding a migration this list lacks was written by a
/// newer kg and is refused (`StoreError.newerSchema`).
enum StoreSchema {
    /// Migration identifiers, in order.
    static let identifiers = [
        "v1-documents-actors-facts-evidence", "v2-builds-and-query-indexes", "v3-document-source-key",
        "v4-document-url-and-metadata", "v5-evidence-modality",
        "v6-document-name",
    ]

    /// Each migration's identifier and what it does, in order.
    static let steps: [(identifier: String, apply: @Sendable (Database) throws -> Void)] = [
        (identifiers[0], { db in
            try db.create(table: DocumentRecord.databaseTableName) { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("date", .text)
                t.column("source", .text)
                t.column("contentHash", .text).indexed()
                t.column("buildID", .integer)
            }
            try db.create(table: ActorRecord.databaseTableName) { t in
                t.primaryKey("id", .text)
                t.column("label", .text).notNull()
                t.column("type", .text).notNull()
                t.column("wikidata", .text)
            }
            try db.create(table: ActorAliasRecord.databaseTableName) { t in
                t.column("actorID", .text).notNull().references("actor", onDelete: .cascade)
                t.column("alias", .text).notNull()
                t.primaryKey(["actorID", "alias"])
            }
            try db.create(table: ActorMentionRecord.databaseTableName) { t in
                t.column("actorID", .text).notNull().references("actor", onDelete: .cascade)
                t.column("documentID", .text).notNull().references("document", onDelete: .cascade).indexed()
                t.primaryKey(["actorID", "documentID"])
            }
            try db.create(table: FactRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("subject", .text).notNull().references("actor")
                t.column("predicate", .text).notNull()
                t.column("object", .text).notNull().references("actor")
                t.column("negated", .boolean).notNull()
                t.column("modality", .text).notNull()
                t.column("confidence", .double).notNull()
                t.uniqueKey(["subject", "predicate", "object", "negated"])
            }
            try db.create(table: FactMentionRecord.databaseTableName) { t in
                t.column("factID", .integer).notNull().references("fact", onDelete: .cascade)
                t.column("documentID", .text).notNull().references("document", onDelete: .cascade).indexed()
                t.column("modality", .text).notNull()
                t.column("confidence", .double).notNull()
                t.primaryKey(["factID", "documentID"])
            }
            try db.create(table: EvidenceRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("factID", .integer).notNull().references("fact", onDelete: .cascade)
                t.column("documentID", .text).notNull().references("document", onDelete: .cascade).indexed()
                t.column("sentence", .integer).notNull()
                t.column("startOffset", .integer).notNull()
                t.column("endOffset", .integer).notNull()
                t.column("quote", .text).notNull()
                t.column("confidence", .double).notNull()
                t.uniqueKey(["factID", "documentID", "startOffset", "endOffset"])
            }
        }),
        (identifiers[1], { db in
            try db.create(table: BuildRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("finishedAt", .text).notNull()
                t.column("documentsAdded", .integer).notNull()
                t.column("documentsReplaced", .integer).notNull()
            }
            try db.create(index: "fact_on_object", on: FactRecord.databaseTableName, columns: ["object"])
            try db.create(index: "fact_on_predicate", on: FactRecord.databaseTableName, columns: ["predicate"])
            try db.create(index: "actorAlias_on_alias", on: ActorAliasRecord.databaseTableName, columns: ["alias"])
        }),
        (identifiers[2], { db in
            // Articles are matched by where they were read from, whatever the spelling of the path.
            try db.alter(table: DocumentRecord.databaseTableName) { t in
                t.add(column: "sourceKey", .text)
            }
            // Only an absolute path can be known again; older relative ones match by id.
            try db.execute(sql: "UPDATE document SET sourceKey = source WHERE source LIKE '/%'")
            try db.create(index: "document_on_sourceKey", on: DocumentRecord.databaseTableName, columns: ["sourceKey"])
        }),
        (identifiers[3], { db in
            // What a page says about itself: its address, where its date was read, its site and language.
            // Documents stored before keep their rows; the new columns are empty for them.
            try db.alter(table: DocumentRecord.databaseTableName) { t in
                t.add(column: "url", .text)
                t.add(column: "dateSource", .text)
                t.add(column: "siteName", .text)
                t.add(column: "language", .text)
            }
            try db.create(index: "document_on_date", on: DocumentRecord.databaseTableName, columns: ["date"])
        }),
        (identifiers[4], { db in
            // How firmly each quote states its fact; empty for quotes stored before, which
            // then count with their fact's modality.
            try db.alter(table: EvidenceRecord.databaseTableName) { t in
                t.add(column: "modality", .text)
            }
        }),
        (identifiers[5], { db in
            // Where a document was read from as kg publishes it: its path relative to the
            // build's input folder. Documents stored before have none; their path as given
            // stands in for it (`DocumentInfo.publishedPath`).
            try db.alter(table: DocumentRecord.databaseTableName) { t in
                t.add(column: "name", .text)
            }
        }),
    ]

    /// The migrations for GRDB's migrator (in-memory stores and tests).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps { migrator.registerMigration(step.identifier, migrate: step.apply) }
        return migrator
    }

    /// Applies the migrations `db` lacks, inside the transaction the caller holds, so
    /// that checking the schema and creating or upgrading it is one step other
    /// processes wait for (two builds creating one store at once), and a store never
    /// shows half its tables.
    /// - Throws: a `DatabaseError`.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        for step in steps where !applied.contains(step.identifier) {
            try step.apply(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
        }
    }

    /// Tables a kg store has; a database with other tables and none of these is not a store.
    static let tables: Set<String> = [
        DocumentRecord.databaseTableName, ActorRecord.databaseTableName, FactRecord.databaseTableName,
        EvidenceRecord.databaseTableName,
    ]
}
