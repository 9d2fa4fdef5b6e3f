package com.buddyverse.socialing.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetupAttendeeRepository extends JpaRepository<MeetupAttendee, Long> {

	@Query("select new com.buddyverse.socialing.domain.AttendeeView(m.id, m.displayName) "
			+ "from MeetupAttendee a join Member m on m.id = a.memberId where a.meetupId = :meetupId order by a.id")
	List<AttendeeView> findViews(long meetupId);

	boolean existsByMeetupIdAndMemberId(long meetupId, long memberId);

	long countByMeetupId(long meetupId);

	@Modifying
	@Query("delete from MeetupAttendee a where a.meetupId = :meetupId and a.memberId = :memberId")
	int deleteAttendance(long meetupId, long memberId);

}
