#include "placeline/geo/postgres_source.hpp"

namespace placeline::geo {

bool is_postgres_source(const std::string& source) {
    return source.size() >= 3 && (source[0] == 'P' || source[0] == 'p') && (source[1] == 'G' || source[1] == 'g') &&
           source[2] == ':';
}

std::string postgres_connection(const std::string& source) {
    if (!is_postgres_source(source) || source.find("connect_timeout") != std::string::npos) return source;
    return source + " connect_timeout=10";
}

}  // namespace placeline::geo
