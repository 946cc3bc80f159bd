import { volunteerReplicaConsumers } from '../../kit/district/volunteers';

/** Who may take needs: a registered volunteer and where they live (the kit's replica; no birth dates, no hours). */
export const consumers = volunteerReplicaConsumers();
