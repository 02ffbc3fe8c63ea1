"""expect: robustness of a choice that a lower weight on salary turns into a tie

Only the variants with a higher weight are tried: lowering a weight can also flip the choice."""


def weighted_score(weights, scores):
    if set(scores) != set(weights):
        raise ValueError("criteria")
    for criterion, weight in weights.items():
        if weight < 1 or weight > 3 or scores[criterion] < 1 or scores[criterion] > 5:
            raise ValueError("out of range")
    return sum(weight * scores[criterion] for criterion, weight in weights.items())


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
        if weight < 3:
            variants.append({**weights, criterion: weight + 1})
    for variant in variants:
        for other in offers:
            if other != winner and weighted_score(variant, offers[winner]) <= weighted_score(
                    variant, offers[other]):
                return False
    return True
