// Which papers share the most concepts with a paper?
// Parameters: paper (string) - a paper id (see papers.jsonl); limit (integer).
// :param paper => "arxiv:2106.09685"
// :param limit => 10
MATCH (p:Paper {id: $paper})-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]->(c:Concept)
      <-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]-(other:Paper)
WHERE other <> p
WITH other, c ORDER BY c.name
WITH other, collect(DISTINCT c.name) AS shared
RETURN other.id AS paper, other.title AS title, size(shared) AS shared_concepts,
       shared AS concepts
ORDER BY shared_concepts DESC, paper
LIMIT $limit
