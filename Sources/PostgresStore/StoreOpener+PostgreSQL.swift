import Foundation
import Graph

extension StoreOpener {
    /// Opens SQLite files and `postgresql://` URLs (with `PostgresGraphStore`).
    public static let withPostgreSQL = StoreOpener(postgres: { url, create, busyTimeout in
        try PostgresGraphStore(url: url, create: create, busyTimeout: busyTimeout)
    })
}
