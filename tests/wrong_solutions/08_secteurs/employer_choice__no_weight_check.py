"""expect: a weight of 4 (above 3) is refused with ValueError

Only the scores are checked: a weight outside 1 to 3 slips through and distorts the grid."""


def weighted_score(weights, scores):
    if set(scores) != set(weights):
        raise ValueError("criteria")
    total = 0
    for criterion, weight in weights.items():
        if not 1 <= scores[criterion] <= 5:
            raise ValueError("score out of range")
        total += weight * scores[criterion]
    return total


def rank_offers(weights, offers):
    essential = [criterion for criterion, weight in weights.items() if weight == 3]

    def key(name):
        on_essentials = sum(3 * offers[name][criterion] for criterion in essential)
        return -weighted_score(weights, offers[name]), -on_essentials, name

    return [(name, weighted_score(weights, offers[name])) for name in sorted(offers, key=key)]


def is_robust(weights, offers):
    winner = rank_offers(weights, offers)[0][0]
    variants = [weights]
    for criterion, weight in weights.items():
        for changed in (weight - 1, weight + 1):
            if 1 <= changed <= 3:
                variants.append({**weights, criterion: changed})
    return all(weighted_score(variant, offers[winner]) > weighted_score(variant, offers[other])
               for variant in variants for other in offers if other != winner)
