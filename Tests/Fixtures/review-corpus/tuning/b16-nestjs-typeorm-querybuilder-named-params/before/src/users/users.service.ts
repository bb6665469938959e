import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { ListUsersDto } from './dto/list-users.dto';

const SORTABLE: Record<string, string> = {
  email: 'user.email',
  created: 'user.createdAt',
  lastLogin: 'user.lastLoginAt',
};

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async list(dto: ListUsersDto) {
    const qb = this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organization', 'org')
      .where('org.id = :orgId', { orgId: dto.orgId });

    const sortColumn = SORTABLE[dto.sort ?? 'created'] ?? SORTABLE.created;
    qb.orderBy(sortColumn, dto.order === 'asc' ? 'ASC' : 'DESC')
      .skip((dto.page - 1) * dto.pageSize)
      .take(dto.pageSize);

    const [items, total] = await qb.getManyAndCount();
    return { items, total, page: dto.page };
  }
}