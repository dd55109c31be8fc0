import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Offset pagination for dashboard tables: `{ items, totalItems }` (STYLE.md §10). */
export function PaginatedResponse<TItem extends object>(itemClass: ClassType<TItem>) {
  @ObjectType()
  abstract class PaginatedResponseClass {
    @Field(_type => [itemClass])
    items: TItem[];

    @Field(_type => Int, { description: 'All matching items, not only this page.' })
    totalItems: number;
  }
  return PaginatedResponseClass;
}

@ArgsType()
export class PageArgs {
  @Field(_type => Int, { defaultValue: 0 })
  @Min(0)
  skip: number;

  @Field(_type => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take: number;
}
