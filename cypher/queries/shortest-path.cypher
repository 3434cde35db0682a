// How are two concepts connected? The shortest path through papers and concepts.
// Parameters: from (string), to (string) - concept names or aliases, any case.
// :param from => "LoRA"
// :param to => "GSM8K"
MATCH (a:Concept)
WHERE toLower(a.name) = toLower($from) OR toLower($from) IN [x IN a.aliases | toLower(x)]
MATCH (b:Concept)
WHERE toLower(b.name) = toLower($to) OR toLower($to) IN [x IN b.aliases | toLower(x)]
MATCH path = shortestPath((a)-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES*..8]-(b))
RETURN [n IN nodes(path) | coalesce(n.name, n.title)] AS steps, length(path) AS hops
