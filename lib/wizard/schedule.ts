/** How often a link may check both sides, in minutes (the sync settings step offers these). */
export const SCHEDULE_CHOICES = [1, 5, 15, 60] as const;
