import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  async findById(id: number): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) {
      throw new NotFoundException(`user ${id} not found`);
    }
    return user;
  }

  async countActive(): Promise<number> {
    return this.users.count({ where: { active: true } });
  }

  async search(term: string, limit = 20): Promise<Pick<User, 'id' | 'email' | 'displayName'>[]> {
    return this.dataSource.query(
      `SELECT id, email, display_name AS "displayName" FROM users
        WHERE active = true AND (email ILIKE '%${term}%' OR display_name ILIKE '%${term}%')
        ORDER BY email LIMIT ${limit}`,
    );
  }
}
