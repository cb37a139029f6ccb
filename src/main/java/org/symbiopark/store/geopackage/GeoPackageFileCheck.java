package org.symbiopark.store.geopackage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Looks at a file with plain, read-only SQLite before anything opens it as a park store: the
 * GeoPackage library, handed a damaged or foreign database, fails half-way through opening it
 * and keeps the file open. This check holds nothing open when it returns.
 */
public final class GeoPackageFileCheck {

    private GeoPackageFileCheck() {
    }

    /** Why the file is not a readable park GeoPackage, or empty if it is one. */
    public static Optional<String> problem(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    return Optional.of("the SQLite database is damaged: " + result);
                }
            }
            for (String table : new String[] {"gpkg_contents", "gpkg_geometry_columns", "parks"}) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'")) {
                    if (!rs.next()) {
                        return Optional.of(table.equals("parks")
                                ? "the GeoPackage has no 'parks' table: it holds no Symbiopark park"
                                : "not a GeoPackage: the table '" + table + "' is missing");
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("cannot be read as an SQLite database: " + e.getMessage());
        }
    }
}
