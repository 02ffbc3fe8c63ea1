"""expect: ranking of offers A, B and C (B and C tie at 44

Ties are broken by the name only: the essential criteria are forgotten."""


def weighted_score(weights, scores):
    if set(scores) != set(weights):
        raise ValueError("criteria")
    for criterion, weight in weights.items():
        if weight < 1 or weight > 3 or scores[criterion] < 1 or scores[criterion] > 5:
            raise ValueError("out of range")
    return sum(weight * scores[criterion] for criterion, weight in weights.items())


def rank_offers(weights, offers):
    ranking = [(name, weighted_score(weights, scores)) for name, scores in offers.items()]
    return sorted(ranking, key=lambda item: (-item[1], item[0]))


def is_robust(weights, offers):
    winner = rank_offers(weights, offers)[0][0]
    variants = [weights]
    for criterion, weight in weights.items():
        for changed in (weight - 1, weight + 1):
            if 1 <= changed <= 3:
                variants.append({**weights, criterion: changed})
    for variant in variants:
        for other in offers:
            if other != winner and weighted_score(variant, offers[winner]) <= weighted_score(
                    variant, offers[other]):
                return False
    return True
