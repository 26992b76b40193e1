#pragma once
// PostgreSQL/PostGIS connection strings as GDAL takes them ("PG:dbname=... host=... tables=..."),
// for the layers read from a database and the export into one.
#include <string>

namespace placeline::geo {

// "PG:..." (any case): a connection string, not a file name.
bool is_postgres_source(const std::string& source);

// The string GDAL is given: with connect_timeout=10 unless it sets one, since libpq otherwise
// waits as long as the network lets it for an unreachable host.
std::string postgres_connection(const std::string& source);

}  // namespace placeline::geo
