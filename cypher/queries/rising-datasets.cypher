// Which datasets rose since a date? Papers naming each dataset on or after $since against
// before it, by the date a paper was first seen on a daily page, else its own date.
// Parameters: since (string) - an ISO date such as "2025-04-01"; limit (integer).
// :param since => "2025-04-01"
// :param limit => 20
MATCH (d:Dataset)<-[:EVALUATES_ON|PROPOSES]-(p:Paper)
WITH d, coalesce(p.first_seen, p.date) AS day
WHERE day IS NOT NULL AND NOT day STARTS WITH '-'
WITH d, sum(CASE WHEN day >= $since THEN 1 ELSE 0 END) AS recent,
        sum(CASE WHEN day < $since THEN 1 ELSE 0 END) AS before
WHERE recent > 0
RETURN d.name AS dataset, recent, before, recent - before AS rise
ORDER BY rise DESC, recent DESC, dataset
LIMIT $limit
