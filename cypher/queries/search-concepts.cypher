// Find concepts by (part of) a name or alias, with the full-text index.
// Parameters: text (string) - Lucene query text, for example "adapt*"; limit (integer).
// :param text => "attention"
// :param limit => 20
CALL db.index.fulltext.queryNodes('concept_names', $text) YIELD node, score
RETURN node.name AS concept, node.type AS type, node.papers AS papers, round(score, 3) AS score
ORDER BY score DESC, papers DESC, concept
LIMIT $limit
