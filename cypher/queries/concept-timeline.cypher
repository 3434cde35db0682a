// How often is a concept named over time? Papers per month, by the date a paper was first
// seen on a daily page, else its own date.
// Parameters: name (string) - a concept's name or alias, any case.
// :param name => "GSM8K"
MATCH (c:Concept)
WHERE toLower(c.name) = toLower($name) OR toLower($name) IN [a IN c.aliases | toLower(a)]
MATCH (c)<-[:PROPOSES|USES|EVALUATES_ON|MEASURES|ADDRESSES]-(p:Paper)
WITH coalesce(p.first_seen, p.date) AS day, p
WHERE day IS NOT NULL AND NOT day STARTS WITH '-'
RETURN substring(day, 0, 7) AS month, count(DISTINCT p) AS papers
ORDER BY month
